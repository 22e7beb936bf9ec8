import { m } from '$lib/paraglide/messages';

const LABELS: Record<string, () => string> = {
	'organisation.create': m.audit_organisation_create,
	'organisation.update': m.audit_organisation_update,
	'team.create': m.audit_team_create,
	'team.update': m.audit_team_update,
	'team.delete': m.audit_team_delete,
	'member.update': m.audit_member_update,
	'member.remove': m.audit_member_remove,
	'invitation.create': m.audit_invitation_create,
	'invitation.revoke': m.audit_invitation_revoke,
	'invitation.accept': m.audit_invitation_accept,
	'password_reset.create': m.audit_reset_create,
	'password_reset.use': m.audit_reset_use,
	'password_reset.confirm': m.audit_reset_confirm,
	'demo.seed': m.audit_demo_seed,
	'data.export': m.audit_data_export,
	'data.import': m.audit_data_import,
	'feedback_template.create': m.audit_template_create,
	'feedback_template.archive': m.audit_template_archive,
	'feedback.export': m.audit_feedback_export,
	'feedback.read_named': m.audit_feedback_read_named,
	'feedback.media_play': m.audit_feedback_media,
	'advice.session.create': m.audit_advice_session_create,
	'advice.session.update': m.audit_advice_session_update,
	'advice.session.phase': m.audit_advice_session_phase,
	'advice.tips.paper': m.audit_advice_tips_paper,
	'advice.themes.merge': m.audit_advice_themes_merge,
	'advice.themes.delete': m.audit_advice_themes_delete,
	'advice.themes.suggestion': m.audit_advice_themes_suggestion,
	'advice.top_idea.create': m.audit_advice_top_idea_create,
	'advice.top_idea.delete': m.audit_advice_top_idea_delete,
	'advice.top_idea.response': m.audit_advice_top_idea_response,
	'advice.action.create': m.audit_advice_action_create,
	'advice.action.update': m.audit_advice_action_update,
	'advice.action.delete': m.audit_advice_action_delete,
	'advice.report.export': m.audit_advice_report_export,
	'network.create': m.network_audit_create,
	'network.open': m.network_audit_open,
	'network.export': m.network_audit_export,
	'network.close': m.network_audit_close,
	'network.workers': m.network_audit_workers,
	'network.retention_delete': m.network_audit_retention
};

export function auditActionLabel(action: string): string {
	return LABELS[action]?.() ?? action;
}
