import { sql, type SQL } from 'drizzle-orm';

/**
 * One rule per table for a person's data in one organisation (AVG art. 15, 17 and 20; issue 18).
 * Both the download (`export-my-data.ts`) and the erasure (`erase-member.ts`) read this list, so what
 * a person gets is exactly what an admin can erase: the rows of every part of a rule are exported,
 * and the same rows are deleted, anonymised or kept. `person-data-rules.db.spec.ts` fails when a table
 * is added without a rule.
 *
 * The list runs children first: every count is taken before anything changes, and a delete never
 * waits for a cascade to reach the rows another part counted.
 */

export interface Person {
	userId: string;
	membershipId: string;
	organisationId: string;
	email: string;
	name: string;
}

import type { Action, Reason } from '../../privacy/person-data';

export type { Action, Reason };

interface RulePart {
	action: Action;
	reason: Reason;
	/** The rows of this part, as a condition on the table (no alias). */
	rows: (p: Person) => SQL;
	/** For `anonymise`: the SET list that takes the person out of the row. */
	set?: (p: Person) => SQL;
	/**
	 * The rows are someone else's (a colleague's private log line that names the person): they are
	 * anonymised by an erasure but never part of the person's download.
	 */
	notTheirs?: true;
}

export interface PersonDataRule {
	table: string;
	/** Empty for a table without anything about a person; `none` then says why. */
	parts: RulePart[];
	none?: string;
	/**
	 * How the rows are exported: all columns but `omit` (secrets such as password hashes and token
	 * hashes, which say nothing about the person), or not at all with a reason, or by a dedicated
	 * projection in `export-my-data.ts` (released feedback must stay in its groups: ARCHITECTURE.md).
	 */
	export: { omit?: string[] } | { skip: string } | { custom: true };
}

const org = (p: Person) => sql`organisation_id = ${p.organisationId}`;
const own = (p: Person) => sql`organisation_id = ${p.organisationId} and worker_user_id = ${p.userId}`;
const ofMember = (p: Person) => sql`membership_id = ${p.membershipId}`;
const noOtherOrganisation = (p: Person) =>
	sql`not exists (select 1 from membership o where o.user_id = ${p.userId} and o.organisation_id <> ${p.organisationId})`;

/** Cases of the organisation this person is assigned to, and of those the ones nobody else is on. */
const assignedCases = (p: Person) =>
	sql`select c.id from network_case c join network_case_worker w on w.case_id = c.id where c.organisation_id = ${p.organisationId} and w.user_id = ${p.userId}`;
const privateCases = (p: Person) =>
	sql`${assignedCases(p)} and not exists (select 1 from network_case_worker x where x.case_id = c.id and x.user_id <> ${p.userId})`;
const sharedCases = (p: Person) =>
	sql`${assignedCases(p)} and exists (select 1 from network_case_worker x where x.case_id = c.id and x.user_id <> ${p.userId})`;

const ownRequests = (p: Person) => sql`select id from feedback_request where ${own(p)}`;

/**
 * The member_key of a consultation round is sha256(salt:round:user) (code-round-access.ts); computed
 * here in SQL so the respondent rows of this person are found without storing any link.
 */
const myRespondents = (p: Person) =>
	sql`select rr.id from code_round_respondent rr join code_round r on r.id = rr.round_id where r.organisation_id = ${p.organisationId} and rr.member_key = encode(sha256(convert_to(r.member_salt || ':' || r.id::text || ':' || ${p.userId}, 'UTF8')), 'hex')`;

/** Feedback tables that hang on the worker's requests: they go with them. */
const viaRequest = (table: string, exp: PersonDataRule['export']): PersonDataRule => ({
	table,
	parts: [{ action: 'delete', reason: 'own_feedback', rows: (p) => sql`request_id in (${ownRequests(p)})` }],
	export: exp
});

const networkChild = (table: string): PersonDataRule => ({
	table,
	parts: [
		{ action: 'delete', reason: 'private_case', rows: (p) => sql`case_id in (${privateCases(p)})` },
		{ action: 'keep', reason: 'shared_case', rows: (p) => sql`case_id in (${sharedCases(p)})` }
	],
	export: {}
});

const createdBy = (
	table: string,
	column: string,
	exp: PersonDataRule['export'] = {},
	scope: (p: Person) => SQL = org
): PersonDataRule => ({
	table,
	parts: [
		{
			action: 'anonymise',
			reason: 'team_work',
			rows: (p) => sql`${scope(p)} and ${sql.identifier(column)} = ${p.userId}`,
			set: () => sql`${sql.identifier(column)} = null`
		}
	],
	export: exp
});

const none = (table: string, why: string): PersonDataRule => ({ table, parts: [], none: why, export: { skip: why } });

/** The JSON text of a string without its quotes: what the string looks like inside a jsonb value. */
const jsonInner = (s: string) => JSON.stringify(s).slice(1, -1);

export const PERSON_DATA_RULES: PersonDataRule[] = [
	// The development plan and portfolio (issue 19): the worker's own, children first.
	{
		table: 'portfolio_goal_evidence',
		parts: [
			{
				action: 'delete',
				reason: 'own',
				rows: (p) => sql`goal_id in (select id from portfolio_goal where ${own(p)})`
			}
		],
		export: {}
	},
	{
		table: 'portfolio_share',
		parts: [
			{ action: 'delete', reason: 'own', rows: own },
			// Shared with this person as a coach: the worker's goal stays theirs; only the share goes.
			{ action: 'delete', reason: 'team_work', rows: (p) => sql`coach_membership_id = ${p.membershipId}` }
		],
		export: {}
	},
	{ table: 'portfolio_goal', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{
		table: 'portfolio_activity',
		parts: [
			{ action: 'delete', reason: 'own', rows: own },
			// A colleague's log line names who chaired and who confirmed their presence (the register's
			// evidence): the line stays theirs, the person's name leaves it. Matched on the name as copied.
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) =>
					sql`${org(p)} and worker_user_id <> ${p.userId} and (chair_name = ${p.name} or ${p.name} = any(participant_names))`,
				set: (p) =>
					sql`chair_name = case when chair_name = ${p.name} then '' else chair_name end, participant_names = array_remove(participant_names, ${p.name})`,
				notTheirs: true
			}
		],
		export: {}
	},
	{ table: 'portfolio_profile', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	createdBy('portfolio_register_override', 'updated_by_user_id'),
	// Residents' feedback to this worker: children of the request first.
	{
		table: 'team_mirror_share_quote',
		parts: [
			{
				action: 'delete',
				reason: 'own_feedback',
				rows: (p) => sql`share_id in (select id from team_mirror_share where ${own(p)})`
			}
		],
		export: {}
	},
	{ table: 'team_mirror_share', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{
		table: 'team_mirror_quarter',
		parts: [
			{
				action: 'anonymise',
				reason: 'team_figure',
				rows: (p) => sql`${org(p)} and worker_user_ids @> jsonb_build_array(${p.userId}::text)`,
				set: (p) => sql`worker_user_ids = worker_user_ids - ${p.userId}::text`
			}
		],
		export: { skip: 'a team figure over several workers' }
	},
	{ table: 'code_private_link', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{ table: 'reflection', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{ table: 'dilemma_reflection', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{ table: 'self_rating', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{ table: 'feedback_mirror_seen', parts: [{ action: 'delete', reason: 'own', rows: own }], export: {} },
	{
		table: 'feedback_media',
		parts: [
			{
				action: 'delete',
				reason: 'own_feedback',
				rows: (p) => sql`response_id in (select id from feedback_response where ${own(p)})`
			}
		],
		export: { skip: 'recordings: residents’ voices, to be heard in the app only' }
	},
	{
		table: 'feedback_response',
		parts: [{ action: 'delete', reason: 'own_feedback', rows: own }],
		export: { custom: true }
	},
	{
		table: 'feedback_follow_up',
		parts: [{ action: 'delete', reason: 'own_feedback', rows: own }],
		export: { custom: true }
	},
	{
		table: 'feedback_contact_request',
		parts: [{ action: 'delete', reason: 'own_feedback', rows: own }],
		export: { skip: 'residents’ names and phone numbers: their data, not the worker’s' }
	},
	viaRequest('feedback_card', { omit: ['code'] }),
	viaRequest('feedback_rate', {}),
	viaRequest('feedback_form_nonce', { skip: 'one-time form tokens' }),
	{ table: 'feedback_batch', parts: [{ action: 'delete', reason: 'own_feedback', rows: own }], export: {} },
	{
		table: 'feedback_request',
		parts: [{ action: 'delete', reason: 'own_feedback', rows: own }],
		export: { omit: ['token'] }
	},

	// Network maps: a casus only this worker had goes; a shared one stays for the colleagues on it.
	networkChild('network_action'),
	networkChild('network_tie'),
	networkChild('network_person'),
	networkChild('network_goal'),
	networkChild('network_note'),
	networkChild('network_version'),
	{
		table: 'network_case',
		parts: [
			{ action: 'delete', reason: 'private_case', rows: (p) => sql`id in (${privateCases(p)})` },
			{
				action: 'anonymise',
				reason: 'shared_case',
				rows: (p) => sql`id in (${sharedCases(p)})`,
				set: (p) =>
					sql`created_by_user_id = case when created_by_user_id = ${p.userId} then null else created_by_user_id end`
			},
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) => sql`${org(p)} and created_by_user_id = ${p.userId} and id not in (${assignedCases(p)})`,
				set: () => sql`created_by_user_id = null`
			}
		],
		export: {}
	},

	// After the casus: which casus are private is read from this table.
	{
		table: 'network_case_worker',
		parts: [
			{
				action: 'delete',
				reason: 'own',
				rows: (p) => sql`user_id = ${p.userId} and case_id in (select id from network_case where ${org(p)})`
			}
		],
		export: {}
	},

	// Team learning: what the person made with the team stays, without their name.
	{
		table: 'learning_session_entry',
		parts: [
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) => sql`author_membership_id = ${p.membershipId}`,
				set: () => sql`author_membership_id = null`
			}
		],
		export: {}
	},
	{ table: 'learning_session_follow_up', parts: [{ action: 'delete', reason: 'own', rows: ofMember }], export: {} },
	{ table: 'learning_session_participant', parts: [{ action: 'delete', reason: 'own', rows: ofMember }], export: {} },
	{
		table: 'learning_session',
		parts: [
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) => sql`chair_membership_id = ${p.membershipId} or inbrenger_membership_id = ${p.membershipId}`,
				set: (p) =>
					sql`chair_membership_id = nullif(chair_membership_id, ${p.membershipId}), inbrenger_membership_id = nullif(inbrenger_membership_id, ${p.membershipId})`
			}
		],
		export: {}
	},
	{ table: 'team_trial_answer', parts: [{ action: 'delete', reason: 'own', rows: ofMember }], export: {} },
	{
		table: 'practice_story',
		parts: [
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) => sql`author_membership_id = ${p.membershipId}`,
				set: () => sql`author_membership_id = null, show_name = false`
			}
		],
		export: {}
	},
	{ table: 'team_group_member', parts: [{ action: 'delete', reason: 'own', rows: ofMember }], export: {} },
	{
		table: 'team_group',
		parts: [
			{
				action: 'anonymise',
				reason: 'team_work',
				rows: (p) => sql`created_by_membership_id = ${p.membershipId}`,
				set: () => sql`created_by_membership_id = null`
			}
		],
		export: {}
	},
	{ table: 'team_member', parts: [{ action: 'delete', reason: 'own', rows: ofMember }], export: {} },
	createdBy('team_method', 'created_by_user_id', { omit: ['data'] }),
	createdBy('guide', 'created_by_user_id'),
	createdBy(
		'guide_version',
		'published_by_user_id',
		{ omit: ['sections'] },
		(p) => sql`guide_id in (select id from guide where ${org(p)})`
	),
	createdBy('advice_session', 'created_by_user_id', { omit: ['groups', 'kept_counts'] }),
	createdBy('code_link', 'created_by_user_id'),
	createdBy('code_feedback_theme_link', 'created_by_user_id'),
	createdBy(
		'code_version',
		'created_by_user_id',
		{ omit: ['preamble', 'match_report'] },
		(p) => sql`code_id in (select id from code where ${org(p)})`
	),

	// Consultation: reactions stay, but nothing leads back to the person any more.
	{
		table: 'code_round_answer',
		parts: [
			{
				action: 'keep',
				reason: 'consultation',
				rows: (p) =>
					sql`reaction_id in (select id from code_round_reaction where respondent_id in (${myRespondents(p)}))`
			}
		],
		export: {}
	},
	{
		table: 'code_round_reaction',
		parts: [{ action: 'keep', reason: 'consultation', rows: (p) => sql`respondent_id in (${myRespondents(p)})` }],
		export: {}
	},
	{
		table: 'code_round_respondent',
		parts: [
			{
				action: 'anonymise',
				reason: 'consultation',
				rows: (p) => sql`id in (${myRespondents(p)})`,
				set: () => sql`member_key = null, signed_name = null`
			}
		],
		export: { omit: ['token_hash', 'member_key'] }
	},
	createdBy('code_round', 'created_by_user_id', { omit: ['member_salt', 'link_token'] }),

	// Organisation and sign-in.
	{
		table: 'invitation',
		parts: [
			{ action: 'delete', reason: 'account', rows: (p) => sql`${org(p)} and lower(email) = lower(${p.email})` },
			{
				action: 'anonymise',
				reason: 'audit',
				rows: (p) =>
					sql`${org(p)} and lower(email) <> lower(${p.email}) and (invited_by = ${p.userId} or accepted_by = ${p.userId})`,
				set: (p) => sql`invited_by = nullif(invited_by, ${p.userId}), accepted_by = nullif(accepted_by, ${p.userId})`
			}
		],
		export: { omit: ['token_hash'] }
	},
	{
		table: 'password_reset',
		parts: [
			{ action: 'delete', reason: 'account', rows: (p) => sql`${org(p)} and user_id = ${p.userId}` },
			{
				action: 'anonymise',
				reason: 'audit',
				rows: (p) => sql`${org(p)} and user_id <> ${p.userId} and created_by = ${p.userId}`,
				set: () => sql`created_by = null, created_by_label = ''`
			}
		],
		export: { omit: ['token_hash'] }
	},
	{
		table: 'organisation',
		parts: [
			{
				action: 'anonymise',
				reason: 'audit',
				rows: (p) => sql`id = ${p.organisationId} and lower(contact_email) = lower(${p.email})`,
				set: () => sql`contact_email = null`
			}
		],
		export: { omit: ['settings'] }
	},
	{
		table: 'audit_log',
		parts: [
			{
				action: 'anonymise',
				reason: 'audit',
				rows: (p) =>
					sql`(${org(p)} or organisation_id is null) and (actor_user_id = ${p.userId} or lower(actor_label) = lower(${p.email}) or subject_id in (${p.userId}, ${p.membershipId}) or strpos(details::text, ${p.userId}) > 0 or strpos(details::text, ${p.membershipId}) > 0 or strpos(lower(details::text), lower(${jsonInner(p.email)})) > 0 or strpos(details::text, ${jsonInner(p.name)}) > 0)`,
				set: (p) => sql`actor_user_id = nullif(actor_user_id, ${p.userId}),
					actor_label = case when actor_user_id = ${p.userId} or lower(actor_label) = lower(${p.email}) then 'verwijderd lid' else actor_label end,
					subject_id = case when subject_id in (${p.userId}, ${p.membershipId}) then null else subject_id end,
					details = replace(replace(replace(replace(details::text, ${p.userId}, 'verwijderd'), ${p.membershipId}, 'verwijderd'), ${jsonInner(p.email)}, 'verwijderd'), ${jsonInner(p.name)}, 'verwijderd')::jsonb`
			}
		],
		export: {}
	},
	{
		table: 'membership',
		parts: [{ action: 'delete', reason: 'own', rows: (p) => sql`id = ${p.membershipId}` }],
		export: {}
	},
	{
		table: 'session',
		parts: [{ action: 'delete', reason: 'account', rows: (p) => sql`user_id = ${p.userId}` }],
		export: { omit: ['token'] }
	},
	{
		table: 'verification',
		parts: [
			{
				action: 'delete',
				reason: 'account',
				rows: (p) => sql`value = ${p.userId} or lower(identifier) = lower(${p.email})`
			}
		],
		export: { skip: 'sign-in codes, valid for minutes' }
	},
	{
		table: 'account',
		parts: [
			{ action: 'delete', reason: 'account', rows: (p) => sql`user_id = ${p.userId} and ${noOtherOrganisation(p)}` },
			{
				action: 'keep',
				reason: 'account',
				rows: (p) => sql`user_id = ${p.userId} and not (${noOtherOrganisation(p)})`
			}
		],
		export: { omit: ['password', 'access_token', 'refresh_token', 'id_token'] }
	},
	{
		table: 'user',
		parts: [
			{ action: 'delete', reason: 'account', rows: (p) => sql`id = ${p.userId} and ${noOtherOrganisation(p)}` },
			{ action: 'keep', reason: 'account', rows: (p) => sql`id = ${p.userId} and not (${noOtherOrganisation(p)})` }
		],
		export: {}
	},

	none('login_throttle', 'keyed by a MAC of the e-mail address, not the address; gone within hours'),
	none('instance_setting', 'settings of the installation'),
	none('organisation_join_domain', 'e-mail domains of the organisation, no person'),
	none('team', 'a team’s name and description'),
	none('team_trial', 'a team’s trial: dates and a conclusion, no person'),
	none('team_trial_instrument', 'instruments of a trial'),
	none('team_trial_use', 'the log of a trial’s uses holds no person and no casus'),
	none('feedback_template', 'questionnaires of the organisation'),
	none('guide_section', 'sections of a guide; the guide records its maker'),
	none('advice_participant', 'participants are anonymous (no account, no name)'),
	none('advice_theme', 'themes of an advice session'),
	none('advice_tip', 'tips of anonymous participants; the session no longer points to its facilitator'),
	none('advice_top_idea', 'the organisation’s answers to an advice session'),
	none('advice_action', 'actions on an advice session'),
	none('advice_vote', 'dots of anonymous participants'),
	none('code', 'the professional code'),
	none('code_chapter', 'the professional code'),
	none('code_paragraph', 'the professional code'),
	none('code_article', 'the professional code'),
	none('code_kernwaarde', 'the professional code'),
	none('code_begrip', 'the professional code'),
	none('code_round_team', 'which teams a round asks')
];
