import { m } from '../paraglide/messages';
import type { EvidenceKind, GoalStatus } from './model';

const STATUS: Record<GoalStatus, () => string> = {
	active: m.pfg_status_active,
	achieved: m.pfg_status_achieved,
	stopped: m.pfg_status_stopped
};

const KIND: Record<EvidenceKind, () => string> = {
	mirror_theme: m.pfg_kind_mirror_theme,
	mirror_quote: m.pfg_kind_mirror_quote,
	reflection: m.pfg_kind_reflection,
	dilemma: m.pfg_kind_dilemma,
	session: m.pfg_kind_session,
	code_round: m.pfg_kind_code_round,
	code_article: m.pfg_kind_code_article,
	kernwaarde: m.pfg_kind_kernwaarde,
	practice_story: m.pfg_kind_practice_story,
	activity: m.pfg_kind_activity
};

export const goalStatusLabel = (status: GoalStatus) => STATUS[status]();
export const evidenceKindLabel = (kind: EvidenceKind) => KIND[kind]();
