import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import {
	auditLog,
	invitation,
	membership,
	organisation,
	passwordReset,
	session,
	team,
	teamMember,
	user
} from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { noMail } from '../mail';
import { getOrganisation } from './get-organisation';
import { updateOrganisation } from './update-organisation';
import { findMembers } from './find-members';
import { updateMember } from './update-member';
import { deleteMember } from './delete-member';
import { createInvitation } from './create-invitation';
import { findInvitations } from './find-invitations';
import { revokeInvitation } from './revoke-invitation';
import { createPasswordReset } from './create-password-reset';
import { findAuditLog } from './find-audit-log';
import { findMyMemberships } from './find-my-memberships';
import { findTeams } from '../team/find-teams';
import { updateTeam } from '../team/update-team';
import { deleteTeam } from '../team/delete-team';
import { createTeam } from '../team/create-team';

// Every table must prove that another organisation cannot read or change its rows. When a table is
// added to the schema without an entry here, the first test fails.
const COVERED: Record<string, string> = {
	organisation: 'organisation settings',
	organisation_join_domain:
		'organisation/join-domain.db.spec.ts: another organisation’s admin cannot read or change them',
	membership: 'members',
	team: 'teams',
	team_member: 'team membership',
	invitation: 'invitations',
	password_reset: 'password reset links',
	audit_log: 'audit log',
	user: 'members',
	account: "accounts (no use case reads another person's account; see members)",
	session: 'sessions of another organisation are not ended',
	verification: 'not used by any use case (better-auth internal, empty)',
	login_throttle: 'keyed by hashed e-mail, no organisation data; see login-throttle.db.spec.ts',
	instance_setting: 'installation-wide secret, never exposed through a use case',
	feedback_request: 'feedback/feedback.db.spec.ts: feedback requests and cards',
	feedback_card: 'feedback/feedback.db.spec.ts: feedback requests and cards',
	feedback_response: 'feedback/feedback.db.spec.ts: responses, batches, media and quotes',
	feedback_batch: 'feedback/feedback.db.spec.ts: responses, batches, media and quotes',
	feedback_media: 'feedback/feedback.db.spec.ts: responses, batches, media and quotes',
	feedback_follow_up:
		"feedback/batch-anonymity.db.spec.ts: a follow-up … is on no quote (and not in a colleague's mirror or export)",
	feedback_contact_request:
		'feedback/contact-request.db.spec.ts: a colleague, the admin and another organisation neither see nor tick off',
	feedback_mirror_seen:
		"home/get-home-overview.db.spec.ts: the day a worker last opened their own mirror, read and written only for that worker; a coach's or another organisation's overview shows none of it",
	feedback_rate: 'counters per link and day, no personal data; read by no use case',
	feedback_form_nonce: 'used form tokens, no personal data; read by no use case',
	reflection: 'feedback/feedback.db.spec.ts: reflections',
	feedback_template: 'feedback/feedback.db.spec.ts: organisation templates',
	self_rating: 'feedback/feedback.db.spec.ts: self ratings are private',
	advice_session: 'advice/advice.db.spec.ts: another organisation sees nothing',
	advice_participant: 'advice/advice.db.spec.ts: participants see only their own tips',
	advice_tip: "advice/advice.db.spec.ts: B cannot move A's tips; participants see only their own",
	advice_theme: "advice/advice.db.spec.ts: B cannot move A's tips into B's themes",
	advice_vote: "advice/advice.db.spec.ts: dots cannot be put on another session's theme",
	advice_top_idea: 'advice/advice.db.spec.ts: another organisation sees nothing (report, CSV)',
	advice_action: 'advice/advice.db.spec.ts: another organisation sees nothing (report, CSV)',
	network_case: 'network/network.db.spec.ts: another organisation, and an unassigned worker of the same team',
	network_case_worker: 'network/network.db.spec.ts: only colleagues from a shared team can be co-assigned',
	network_person: 'network/network.db.spec.ts: ids of A’s people used inside B’s casus',
	team_method:
		"team/team-method.db.spec.ts: another team's own methods, another organisation's, and archived ones are not found, listed, copied or changed",
	network_tie: 'network/network.db.spec.ts: another organisation cannot see or change ties',
	team_mirror_quarter:
		'team/team-mirror.db.spec.ts: another team, another organisation and an admin outside the team read nothing',
	team_mirror_share: 'team/team-mirror.db.spec.ts: only the sharer un-shares; no one outside the team shares into it',
	network_version: 'network/network.db.spec.ts: versions of another casus cannot be compared',
	network_goal: 'network/network.db.spec.ts: ids of A’s goals used inside B’s casus',
	network_action: 'network/network.db.spec.ts: ids of A’s actions used inside B’s casus',
	network_note: 'network/network.db.spec.ts: another organisation cannot see or change notes',
	guide:
		'team/guide.db.spec.ts: another team, another organisation and an admin outside the team neither read nor change it',
	guide_section: "team/guide.db.spec.ts: another team's draft sections cannot be read, edited or moved",
	guide_version: "team/guide.db.spec.ts: another team's versions cannot be read, compared, printed or published",
	learning_session:
		'team/learning-session.db.spec.ts: only participants open a session (not a teammate, another team, the admin or another organisation)',
	learning_session_participant:
		'team/learning-session.db.spec.ts: attendance is confirmed and listed only by the participant themselves',
	learning_session_entry: 'team/learning-session.db.spec.ts: what the group writes is for participants only',
	team_mirror_share_quote:
		"team/team-mirror.db.spec.ts: only the worker's own released answers, only on their own share; un-sharing removes them",
	team_group:
		'team/team-group.db.spec.ts: a colleague outside the group, the admin and another organisation get not found; only a coach or admin in it changes it',
	team_group_member:
		'team/team-group.db.spec.ts: members come from the own organisation only; a member taken out no longer opens the group or its sessions',
	learning_session_follow_up:
		'team/learning-session.db.spec.ts: only the inbrenger sees and answers "Wat deed je met het advies?"',
	team_trial:
		'team/trial.db.spec.ts: another team, the admin outside the team and another organisation cannot read or change a trial',
	team_trial_instrument:
		"team/trial.db.spec.ts: an instrument of another team's trial cannot be logged through one's own trial",
	team_trial_use: 'team/trial.db.spec.ts: no use logged by an outsider; a use log holds no case id and no person',
	team_trial_answer: 'team/trial.db.spec.ts: evaluations only by and for the team; results without names',
	practice_story:
		'team/trial.db.spec.ts: another organisation cannot read, change or delete a story; a colleague cannot change or delete it',
	portfolio_profile:
		'portfolio/log-privacy.db.spec.ts: another worker, a coach, an admin and another organisation cannot read or change a worker’s register choice',
	portfolio_register_override:
		'portfolio/log-privacy.db.spec.ts: only an admin of the organisation sets its register minimums; a worker, a coach and another organisation’s admin cannot',
	portfolio_goal:
		'portfolio/goals-privacy.db.spec.ts: another worker, the coach without a share, the admin and another organisation get not found for read, change, delete',
	portfolio_goal_evidence:
		'portfolio/goals-privacy.db.spec.ts: evidence only by the goal’s worker, only from their own things (not a colleague’s reflection, dilemma, attendance line or quote, not another organisation’s story)',
	portfolio_activity:
		'portfolio/log-privacy.db.spec.ts: another worker, a coach, an admin and another organisation cannot read, change or delete a log line, nor make one from someone else’s attendance or advice session',
	portfolio_share:
		'portfolio/goals-privacy.db.spec.ts: only the worker shares and takes back; the coach sees exactly what is shared, and nothing after take-back',
	code: 'code/code.db.spec.ts: B does not see A’s code, not even with its id; B cannot import into A',
	code_version:
		'code/code.db.spec.ts: B cannot read or export A’s versions; drafts are for admins only; code/code-versions.db.spec.ts: B cannot upload to, read drafts of, confirm or publish A’s code',
	code_chapter: 'code/code.db.spec.ts: B cannot open or search A’s articles (chapters, paragraphs, articles)',
	code_paragraph: 'code/code.db.spec.ts: B cannot open or search A’s articles (chapters, paragraphs, articles)',
	code_article: 'code/code.db.spec.ts: B cannot open or search A’s articles (chapters, paragraphs, articles)',
	code_kernwaarde: 'code/code.db.spec.ts: B reads none of A’s kernwaarden and begrippen',
	code_begrip: 'code/code.db.spec.ts: B reads none of A’s kernwaarden and begrippen',
	code_private_link:
		'code/code-links.db.spec.ts: a reflection’s or dilemma’s link is read and changed only by its writer (not the coach, the admin or another organisation)',
	code_link:
		'code/code-links.db.spec.ts: only a story’s writer ties it; only an editor of the same organisation ties or removes a top idea',
	code_feedback_theme_link:
		'code/code-feedback-themes.db.spec.ts: only an editor of the same organisation ties or removes a theme; the figure counts released answers of the own organisation only',
	dilemma_reflection:
		'code/code-links.db.spec.ts: private to the writer; brought to a session, read by its participants only, there',
	code_round:
		'code/code-round.db.spec.ts: another organisation sees no round, result or export and cannot react or close',
	code_round_team: 'code/code-round.db.spec.ts: a round for chosen teams is only for their members',
	code_round_respondent:
		"code/code-round.db.spec.ts: a colleague never sees or changes another worker's reactions; no user id stored",
	code_round_answer:
		'code/code-round.db.spec.ts: dispositions — a worker and another organisation cannot answer or publish',
	code_round_reaction:
		"code/code-round.db.spec.ts: a colleague never sees or changes another worker's reactions; another organisation cannot react"
};

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const ctx = { origin: 'http://localhost', mailer: noMail, validDays: 7, validHours: 24 };

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

describe('another organisation cannot see or change our rows', () => {
	it('covers every table in the schema', () => {
		const tables = (Object.values(schema) as unknown[])
			.filter((v): v is PgTable => is(v, PgTable))
			.map((t) => getTableName(t));
		expect(tables.filter((t) => !(t in COVERED))).toEqual([]);
	});

	it('organisation: B cannot read or change A', async () => {
		await rejects(getOrganisation(b.admin, db, a.organisationId));
		await rejects(getOrganisation(b.worker, db, a.organisationId));
		await rejects(
			updateOrganisation(b.admin, db, a.organisationId, {
				name: 'Overgenomen',
				contactEmail: null,
				feedbackBatchSize: 2,
				retentionMonths: 1
			})
		);
		const [row] = await db.select().from(organisation).where(eq(organisation.id, a.organisationId));
		expect(row.name).toBe('A');
		expect(row.feedbackBatchSize).toBe(3);
		expect((await findMyMemberships(b.admin, db)).map((m) => m.organisationId)).toEqual([b.organisationId]);
	});

	it("members and users: B sees only its own people and cannot change A's", async () => {
		await rejects(findMembers(b.admin, db, a.organisationId));
		const bMembers = await findMembers(b.admin, db, b.organisationId);
		expect(bMembers.map((m) => m.email)).not.toContain(a.worker.email);
		// A's membership id used within B's organisation: not found, and unchanged.
		await rejects(
			updateMember(b.admin, db, b.organisationId, a.membershipIds.worker, { roles: ['admin'], teamIds: [] })
		);
		await rejects(
			updateMember(b.admin, db, a.organisationId, a.membershipIds.worker, { roles: ['admin'], teamIds: [] })
		);
		await rejects(deleteMember(b.admin, db, b.organisationId, a.membershipIds.worker));
		const [row] = await db.select().from(membership).where(eq(membership.id, a.membershipIds.worker));
		expect(row.roles).toEqual(['worker']);
	});

	it('sessions: removing people in B never ends a session in A', async () => {
		await db.insert(session).values({
			id: 'sess-a-worker',
			token: 'token-a-worker',
			userId: a.worker.userId,
			expiresAt: new Date(Date.now() + 3_600_000)
		});
		await rejects(deleteMember(b.admin, db, a.organisationId, a.membershipIds.worker));
		const rows = await db.select().from(session).where(eq(session.userId, a.worker.userId));
		expect(rows).toHaveLength(1);
		const users = await db.select().from(user).where(eq(user.id, a.worker.userId));
		expect(users).toHaveLength(1);
	});

	it("teams and team membership: B cannot list, rename, delete or join A's teams", async () => {
		await rejects(findTeams(b.admin, db, a.organisationId));
		expect((await findTeams(b.admin, db, b.organisationId)).map((t) => t.id)).not.toContain(a.teamId);
		await rejects(updateTeam(b.admin, db, b.organisationId, a.teamId, { name: 'X', description: '' }));
		await rejects(deleteTeam(b.admin, db, b.organisationId, a.teamId));
		await rejects(createTeam(b.admin, db, a.organisationId, { name: 'Indringer', description: '' }));
		// Putting one's own member into another organisation's team is refused as invalid input.
		await rejects(
			updateMember(b.admin, db, b.organisationId, b.membershipIds.worker, { roles: ['worker'], teamIds: [a.teamId] }),
			'INVALID_INPUT'
		);
		const [t] = await db.select().from(team).where(eq(team.id, a.teamId));
		expect(t.name).toBe('A team');
		const members = await db.select().from(teamMember).where(eq(teamMember.teamId, a.teamId));
		expect(members).toHaveLength(2);
	});

	it("invitations: B cannot list, revoke or make them for A, nor invite into A's teams", async () => {
		const inv = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'nieuw@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		await rejects(findInvitations(b.admin, db, a.organisationId));
		expect((await findInvitations(b.admin, db, b.organisationId)).map((i) => i.id)).not.toContain(inv.id);
		await rejects(revokeInvitation(b.admin, db, b.organisationId, inv.id));
		await rejects(
			createInvitation(b.admin, db, a.organisationId, { email: 'x@test.example', roles: ['admin'], teamIds: [] }, ctx)
		);
		await rejects(
			createInvitation(
				b.admin,
				db,
				b.organisationId,
				{ email: 'y@test.example', roles: ['worker'], teamIds: [a.teamId] },
				ctx
			),
			'INVALID_INPUT'
		);
		const [row] = await db.select().from(invitation).where(eq(invitation.id, inv.id));
		expect(row.revokedAt).toBeNull();
	});

	it('password reset links: B cannot make one for a member of A', async () => {
		await rejects(createPasswordReset(b.admin, db, b.organisationId, a.membershipIds.worker, ctx));
		await rejects(createPasswordReset(b.admin, db, a.organisationId, a.membershipIds.worker, ctx));
		const rows = await db.select().from(passwordReset).where(eq(passwordReset.userId, a.worker.userId));
		expect(rows).toHaveLength(0);
	});

	it("audit log: B cannot read A's, and B's own shows none of A's rows", async () => {
		await rejects(findAuditLog(b.admin, db, a.organisationId));
		const own = await findAuditLog(b.admin, db, b.organisationId);
		expect(own.length).toBeGreaterThan(0);
		expect(own.every((r) => r.organisationId === b.organisationId)).toBe(true);
		const aRows = await db.select().from(auditLog).where(eq(auditLog.organisationId, a.organisationId));
		expect(aRows.length).toBeGreaterThan(0);
	});
});
