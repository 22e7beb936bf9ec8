import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { UserActor } from '../actor';
import { insertUserWithPassword } from '../auth/users';
import type { Db } from '../db/client';
import { learningSession, learningSessionFollowUp, membership, team, teamGroupMember, teamMember } from '../db/schema';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { addSessionEntry } from './add-session-entry';
import { answerFollowUp } from './answer-follow-up';
import { createLearningSession } from './create-learning-session';
import { createTeamGroup } from './create-team-group';
import { findGroupCandidates } from './find-group-candidates';
import { findLearningSessions } from './find-learning-sessions';
import { findMyAttendance } from './find-my-attendance';
import { findMyFollowUps } from './find-my-follow-ups';
import { findSessionTeamMembers } from './find-session-team-members';
import { getLearningSession } from './get-learning-session';
import { getTeamGroup } from './get-team-group';
import { findMyGroups } from './group-access';
import { moveLearningSession } from './move-learning-session';
import { confirmAttendance } from './confirm-attendance';
import { listSessionMethods } from './session-methods';
import { updateTeamGroup } from './update-team-group';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** In another team of A's organisation, and in the group. */
let other: { actor: UserActor; membershipId: string };
/** In A's team, not in the group. */
let outsider: { actor: UserActor; membershipId: string };
let groupId: string;
let sessionId: string;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const at = (iso: string) => new Date(iso);
const groupOwner = () => ({ teamId: null, groupId });

async function addWorker(orgId: string, teamId: string, label: string) {
	const email = `${label}-${Math.random().toString(36).slice(2, 8)}@test.example`;
	const { id } = await insertUserWithPassword(db, { email, name: label, password: PASSWORD });
	const [mem] = await db
		.insert(membership)
		.values({ organisationId: orgId, userId: id, roles: ['worker'] })
		.returning({ id: membership.id });
	await db.insert(teamMember).values({ teamId, membershipId: mem.id });
	const actor: UserActor = { kind: 'user', userId: id, email, name: label };
	return { actor, membershipId: mem.id };
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const [otherTeam] = await db
		.insert(team)
		.values({ organisationId: a.organisationId, name: 'A ander team' })
		.returning({ id: team.id });
	other = await addWorker(a.organisationId, otherTeam.id, 'Anderteam');
	outsider = await addWorker(a.organisationId, a.teamId, 'Buitenstaander');
});

afterAll(() => tdb.cleanup());

describe('learning groups across teams', () => {
	it('is created by a coach or an admin, with members of the own organisation only', async () => {
		const input = {
			name: 'Intervisie nieuwe collega’s',
			description: '',
			memberIds: [a.membershipIds.worker, other.membershipId]
		};
		await rejects(createTeamGroup(a.worker, db, { organisationId: a.organisationId, input }), 'FORBIDDEN');
		await rejects(createTeamGroup(b.admin, db, { organisationId: a.organisationId, input }));
		// Someone of another organisation is refused, not added.
		await rejects(
			createTeamGroup(a.coach, db, {
				organisationId: a.organisationId,
				input: { ...input, memberIds: [...input.memberIds, b.membershipIds.worker] }
			}),
			'INVALID_INPUT'
		);
		await rejects(
			createTeamGroup(a.coach, db, { organisationId: a.organisationId, input: { ...input, memberIds: [] } }),
			'INVALID_INPUT'
		);
		({ id: groupId } = await createTeamGroup(a.coach, db, { organisationId: a.organisationId, input }));
		const group = await getTeamGroup(other.actor, db, groupId);
		expect(group.members.map((p) => [p.name, p.teams])).toEqual([
			['A-coach', ['A team']],
			['A-worker', ['A team']],
			['Anderteam', ['A ander team']]
		]);
		expect(group.canManage).toBe(false);
		expect((await getTeamGroup(a.coach, db, groupId)).canManage).toBe(true);
		expect(await findGroupCandidates(a.worker, db, a.organisationId)).toBeNull();
		expect((await findGroupCandidates(a.admin, db, a.organisationId))?.length).toBeGreaterThan(3);
		await rejects(findGroupCandidates(b.admin, db, a.organisationId));
	});

	it('is not found for anyone outside it: a teammate, the admin, another organisation', async () => {
		for (const actor of [outsider.actor, a.admin, a.facilitator, b.admin, b.coach]) {
			await rejects(getTeamGroup(actor, db, groupId));
			await rejects(findLearningSessions(actor, db, groupOwner()));
			await rejects(findSessionTeamMembers(actor, db, groupOwner()));
		}
		expect(await findMyGroups(outsider.actor, db, a.organisationId)).toEqual([]);
		expect(await findMyGroups(b.admin, db, b.organisationId)).toEqual([]);
		expect((await findMyGroups(other.actor, db, a.organisationId)).map((g) => g.groupId)).toEqual([groupId]);
		await rejects(getTeamGroup(a.coach, db, 'geen-uuid'));
		// Nobody outside changes it; a plain member may not either.
		const input = { name: 'Overgenomen', description: '', memberIds: [outsider.membershipId] };
		await rejects(updateTeamGroup(outsider.actor, db, { groupId, input }));
		await rejects(updateTeamGroup(b.admin, db, { groupId, input }));
		await rejects(updateTeamGroup(other.actor, db, { groupId, input }), 'FORBIDDEN');
		expect((await getTeamGroup(a.coach, db, groupId)).name).toBe('Intervisie nieuwe collega’s');
	});

	it('lets a member of another team plan a session for the group, with group members only', async () => {
		const base = {
			groupId,
			methodRef: 'builtin:incidentmethode',
			theme: 'Een eerste huisbezoek',
			day: '2026-12-10',
			time: '14:00',
			chairMembershipId: other.membershipId,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: a.membershipIds.worker
		};
		// Someone outside the group is no participant; an outsider cannot plan for the group.
		await rejects(
			createLearningSession(other.actor, db, { ...base, participantIds: [outsider.membershipId] }),
			'INVALID_INPUT'
		);
		await rejects(createLearningSession(outsider.actor, db, base));
		await rejects(createLearningSession(b.coach, db, base));
		// A team's own method is that team's: the group plans with built-in and organisation-wide ones.
		const methods = await listSessionMethods(other.actor, db, { ...groupOwner(), organisationId: a.organisationId });
		expect(methods.every((m) => m.ref.startsWith('builtin:'))).toBe(true);
		({ id: sessionId } = await createLearningSession(other.actor, db, base));
		const [row] = await db.select().from(learningSession).where(eq(learningSession.id, sessionId));
		expect([row.teamId, row.groupId]).toEqual([null, groupId]);
		const view = await getLearningSession(a.worker, db, sessionId);
		expect([view.groupId, view.teamName]).toEqual([groupId, 'Intervisie nieuwe collega’s']);
		expect((await findLearningSessions(a.worker, db, groupOwner())).upcoming.map((s) => s.id)).toEqual([sessionId]);
		// Not invited (the coach is in the group), not in the group, another organisation: not found.
		for (const actor of [a.coach, outsider.actor, a.admin, b.admin])
			await rejects(getLearningSession(actor, db, sessionId));
		// The team's own session list does not hold the group's session.
		expect((await findLearningSessions(a.worker, db, { teamId: a.teamId, groupId: null })).upcoming).toEqual([]);
	});

	it('runs the same phases, and the follow-up opens the next session of the same group', async () => {
		await moveLearningSession(other.actor, db, { sessionId, move: 'start', from: 0, now: at('2026-12-10T13:00:00Z') });
		for (let from = 0; from < 4; from++)
			await moveLearningSession(other.actor, db, { sessionId, move: 'next', from, now: at('2026-12-10T13:20:00Z') });
		await addSessionEntry(other.actor, db, sessionId, { text: 'Vraag wat zij nodig heeft.' });
		await confirmAttendance(a.worker, db, sessionId);
		await moveLearningSession(other.actor, db, { sessionId, move: 'end', from: 4, now: at('2026-12-10T13:50:00Z') });
		expect((await findMyAttendance(a.worker, db)).map((l) => [l.sessionId, l.teamName])).toEqual([
			[sessionId, 'Intervisie nieuwe collega’s']
		]);
		const open = await findMyFollowUps(a.worker, db, a.organisationId);
		expect(open.map((f) => f.teamName)).toEqual(['Intervisie nieuwe collega’s']);
		// A session of the worker's own team does not pick it up: it is another group.
		const { id: teamSession } = await createLearningSession(a.coach, db, {
			teamId: a.teamId,
			methodRef: 'builtin:leersessie',
			theme: 'Werkdruk',
			day: '2027-01-07',
			time: '09:30',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: ''
		});
		await answerFollowUp(a.worker, db, { followUpId: open[0].id, answer: 'Ik vroeg het haar de week erna.' });
		const { id: next } = await createLearningSession(a.worker, db, {
			groupId,
			methodRef: 'builtin:leersessie',
			theme: 'Wat leerden we?',
			day: '2027-01-14',
			time: '09:30',
			chairMembershipId: other.membershipId,
			participantIds: [other.membershipId],
			inbrengerMembershipId: ''
		});
		const [row] = await db.select().from(learningSessionFollowUp).where(eq(learningSessionFollowUp.id, open[0].id));
		expect(row.nextSessionId).toBe(next);
		expect((await getLearningSession(other.actor, db, next)).earlierFollowUps).toEqual([
			expect.objectContaining({ answer: 'Ik vroeg het haar de week erna.' })
		]);
		expect((await getLearningSession(a.coach, db, teamSession)).earlierFollowUps).toEqual([]);
	});

	it('a member taken out no longer opens the group or its sessions', async () => {
		await updateTeamGroup(a.coach, db, {
			groupId,
			input: { name: 'Intervisie', description: 'Voor nieuwe collega’s', memberIds: [other.membershipId] }
		});
		const members = await db.select().from(teamGroupMember).where(eq(teamGroupMember.groupId, groupId));
		expect(members).toHaveLength(2);
		await rejects(getTeamGroup(a.worker, db, groupId));
		await rejects(getLearningSession(a.worker, db, sessionId));
		expect((await getTeamGroup(other.actor, db, groupId)).name).toBe('Intervisie');
	});
});
