import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionEntry,
	learningSessionFollowUp,
	learningSessionParticipant,
	membership
} from '../db/schema';
import { addTeam, addWorker, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { addSessionEntry } from './add-session-entry';
import { answerFollowUp } from './answer-follow-up';
import { chooseSessionEntries } from './choose-session-entries';
import { confirmAttendance } from './confirm-attendance';
import { copyMethod } from './copy-method';
import { createLearningSession } from './create-learning-session';
import { findLearningSessions } from './find-learning-sessions';
import { teamOwner } from './session-owner';
import { findMyAttendance } from './find-my-attendance';
import { findMyFollowUps } from './find-my-follow-ups';
import { getLearningSession } from './get-learning-session';
import { moveLearningSession } from './move-learning-session';
import { updateSessionCasus } from './update-session-casus';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** In A's team, but not invited to the session. */
let teammate: UserActor;
/** In another team of A's organisation. */
let otherTeamWorker: UserActor;
let otherTeamId: string;
let sessionId: string;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	teammate = await addWorker(db, { organisationId: a.organisationId, teamId: a.teamId, label: 'Teamgenoot' });
	otherTeamId = await addTeam(db, { organisationId: a.organisationId, name: 'A ander team' });
	otherTeamWorker = await addWorker(db, { organisationId: a.organisationId, teamId: otherTeamId, label: 'Anderteam' });
	// The coach chairs; the worker brings the casus; the teammate is in the team but not invited.
	({ id: sessionId } = await createLearningSession(a.coach, db, {
		teamId: a.teamId,
		methodRef: 'builtin:incidentmethode',
		theme: 'Een huisbezoek',
		day: '2026-12-10',
		time: '14:00',
		chairMembershipId: a.membershipIds.coach,
		participantIds: [a.membershipIds.worker],
		inbrengerMembershipId: a.membershipIds.worker
	}));
});

afterAll(() => tdb.cleanup());

describe('learning sessions', () => {
	it('plans in Dutch time and keeps a snapshot of the method', async () => {
		const [row] = await db.select().from(learningSession).where(eq(learningSession.id, sessionId));
		expect(row.plannedAt.toISOString()).toBe('2026-12-10T13:00:00.000Z');
		expect(row.method.slug).toBe('incidentmethode');
		expect(row.method.phases.length).toBeGreaterThan(5);
		const view = await getLearningSession(a.worker, db, sessionId);
		expect(view.chairName).toBe('A-coach');
		expect(view.inbrengerName).toBe('A-worker');
		expect(view.participants.map((p) => p.name)).toEqual(['A-coach', 'A-worker']);
	});

	it("plans with the team's own method (a snapshot of it), never with another team's", async () => {
		const own = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:troika' });
		const otherTeams = await copyMethod(otherTeamWorker, db, { teamId: otherTeamId, ref: 'builtin:troika' });
		// A new colleague brings it in, so the other tests' sessions, lists and follow-ups stay as they are.
		const newcomer = await addWorker(db, { organisationId: a.organisationId, teamId: a.teamId, label: 'Nieuwkomer' });
		const [{ id: teammateMembershipId }] = await db
			.select({ id: membership.id })
			.from(membership)
			.where(eq(membership.userId, newcomer.userId));
		const base = {
			teamId: a.teamId,
			theme: '',
			day: '2026-12-12',
			time: '10:00',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [teammateMembershipId],
			inbrengerMembershipId: teammateMembershipId
		};
		const { id } = await createLearningSession(a.coach, db, { ...base, methodRef: own.ref });
		const [row] = await db.select().from(learningSession).where(eq(learningSession.id, id));
		expect(row.methodRef).toBe(own.ref);
		expect(row.method.slug).toBe('troika');
		await rejects(createLearningSession(a.coach, db, { ...base, methodRef: otherTeams.ref }), 'INVALID_INPUT');
	});

	it('refuses participants, a voorzitter or an inbrenger from outside the team', async () => {
		const base = {
			teamId: a.teamId,
			methodRef: 'builtin:incidentmethode',
			theme: '',
			day: '2026-12-11',
			time: '09:00',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: a.membershipIds.worker
		};
		await rejects(
			createLearningSession(a.coach, db, { ...base, participantIds: [b.membershipIds.worker] }),
			'INVALID_INPUT'
		);
		await rejects(
			createLearningSession(a.coach, db, { ...base, chairMembershipId: a.membershipIds.facilitator }),
			'INVALID_INPUT'
		);
		await rejects(createLearningSession(a.coach, db, { ...base, inbrengerMembershipId: '' }), 'INVALID_INPUT');
		await rejects(createLearningSession(a.coach, db, { ...base, methodRef: 'builtin:bestaat-niet' }), 'INVALID_INPUT');
		// Someone outside the team cannot plan for it; another organisation neither.
		await rejects(createLearningSession(otherTeamWorker, db, base));
		await rejects(createLearningSession(b.coach, db, base));
		await rejects(createLearningSession(a.admin, db, base));
	});

	it('only participants see a session: not a teammate who was not invited, another team, the admin or another organisation', async () => {
		for (const outsider of [teammate, otherTeamWorker, a.admin, a.facilitator, b.admin, b.coach]) {
			await rejects(getLearningSession(outsider, db, sessionId));
			await rejects(addSessionEntry(outsider, db, sessionId, { text: 'Ingebroken' }));
			await rejects(confirmAttendance(outsider, db, sessionId));
			await rejects(updateSessionCasus(outsider, db, sessionId, { happened: 'x', did: '', learn: '' }));
			await rejects(moveLearningSession(outsider, db, { sessionId, move: 'start', from: 0 }));
		}
		expect((await findLearningSessions(teammate, db, teamOwner(a.teamId))).upcoming).toEqual([]);
		await rejects(findLearningSessions(otherTeamWorker, db, teamOwner(a.teamId)));
		await rejects(findLearningSessions(b.coach, db, teamOwner(a.teamId)));
		expect((await findLearningSessions(a.worker, db, teamOwner(a.teamId))).upcoming.map((s) => s.id)).toContain(
			sessionId
		);
	});

	it('lets only the inbrenger write the casus, and only the voorzitter move the phases', async () => {
		await rejects(updateSessionCasus(a.coach, db, sessionId, { happened: 'x', did: '', learn: '' }), 'FORBIDDEN');
		await updateSessionCasus(a.worker, db, sessionId, {
			happened: 'Een moeder werd boos bij een huisbezoek.',
			did: 'Ik bleef rustig en vroeg wat er was.',
			learn: 'Hoe houd ik het gesprek open?'
		});
		expect((await getLearningSession(a.coach, db, sessionId)).casus.learn).toBe('Hoe houd ik het gesprek open?');
		await rejects(moveLearningSession(a.worker, db, { sessionId, move: 'start', from: 0 }), 'FORBIDDEN');
		await rejects(confirmAttendance(a.worker, db, sessionId), 'CONFLICT');
	});

	it('holds the phase end time on the server: start + minutes, +5, a break does not eat it, a second tap skips nothing', async () => {
		const start = at('2026-12-10T13:02:00Z');
		expect((await moveLearningSession(a.coach, db, { sessionId, move: 'start', from: 0, now: start })).moved).toBe(
			true
		);
		let view = await getLearningSession(a.worker, db, sessionId);
		expect(view.status).toBe('running');
		expect(view.phase?.key).toBe('incident');
		expect(view.phaseEndsAt?.toISOString()).toBe('2026-12-10T13:07:00.000Z');

		await moveLearningSession(a.coach, db, { sessionId, move: 'next', from: 0, now: at('2026-12-10T13:06:00Z') });
		// The same tap again (from phase 0) changes nothing.
		expect(
			(await moveLearningSession(a.coach, db, { sessionId, move: 'next', from: 0, now: at('2026-12-10T13:06:01Z') }))
				.moved
		).toBe(false);
		view = await getLearningSession(a.worker, db, sessionId);
		expect(view.phase?.key).toBe('vragen');
		expect(view.phaseEndsAt?.toISOString()).toBe('2026-12-10T13:16:00.000Z');

		await moveLearningSession(a.coach, db, { sessionId, move: 'extend', from: 1, now: at('2026-12-10T13:10:00Z') });
		expect((await getLearningSession(a.worker, db, sessionId)).phaseEndsAt?.toISOString()).toBe(
			'2026-12-10T13:21:00.000Z'
		);
		// A break of 10 minutes: the phase ends 10 minutes later, and the break does not count.
		await moveLearningSession(a.coach, db, { sessionId, move: 'pause', from: 1, now: at('2026-12-10T13:12:00Z') });
		expect((await getLearningSession(a.worker, db, sessionId)).status).toBe('paused');
		await moveLearningSession(a.coach, db, { sessionId, move: 'resume', from: 1, now: at('2026-12-10T13:22:00Z') });
		view = await getLearningSession(a.worker, db, sessionId);
		expect(view.phaseEndsAt?.toISOString()).toBe('2026-12-10T13:31:00.000Z');
		// Back, then forward again.
		await moveLearningSession(a.coach, db, { sessionId, move: 'back', from: 1, now: at('2026-12-10T13:23:00Z') });
		expect((await getLearningSession(a.worker, db, sessionId)).phase?.key).toBe('incident');
		await moveLearningSession(a.coach, db, { sessionId, move: 'next', from: 0, now: at('2026-12-10T13:23:00Z') });
	});

	it('keeps what the group writes with the phase, for participants only', async () => {
		await addSessionEntry(a.coach, db, sessionId, { text: 'Wat zei de moeder precies?' });
		// Move on to the advice phase (index 4).
		for (let from = 1; from < 4; from++)
			await moveLearningSession(a.coach, db, { sessionId, move: 'next', from, now: at('2026-12-10T13:30:00Z') });
		await addSessionEntry(a.coach, db, sessionId, { text: 'Vraag haar wat ze nodig heeft.' });
		await addSessionEntry(a.worker, db, sessionId, { text: 'Spreek een tweede bezoek af.' });
		const view = await getLearningSession(a.worker, db, sessionId);
		expect(view.entries.map((e) => [e.phaseKey, e.kind])).toEqual([
			['vragen', 'questions'],
			['advies', 'advice'],
			['advies', 'advice']
		]);
		expect(view.entries.filter((e) => e.mine).map((e) => e.text)).toEqual(['Spreek een tweede bezoek af.']);
		const rows = await db.select().from(learningSessionEntry).where(eq(learningSessionEntry.sessionId, sessionId));
		expect(rows).toHaveLength(3);
		await rejects(getLearningSession(teammate, db, sessionId));
	});

	it('lets the inbrenger choose the advice to take along, in the choice phase only', async () => {
		const advice = (await getLearningSession(a.worker, db, sessionId)).entries.filter((e) => e.kind === 'advice');
		await rejects(chooseSessionEntries(a.worker, db, sessionId, { entryIds: [advice[0].id] }), 'CONFLICT');
		await moveLearningSession(a.coach, db, { sessionId, move: 'next', from: 4, now: at('2026-12-10T13:40:00Z') });
		await rejects(chooseSessionEntries(a.coach, db, sessionId, { entryIds: [advice[0].id] }), 'FORBIDDEN');
		await chooseSessionEntries(a.worker, db, sessionId, { entryIds: [advice[0].id] });
		const chosen = (await getLearningSession(a.coach, db, sessionId)).entries.filter((e) => e.chosen);
		expect(chosen.map((e) => e.text)).toEqual(['Vraag haar wat ze nodig heeft.']);
	});

	it('records attendance: each confirms their own, net minutes without breaks', async () => {
		await confirmAttendance(a.worker, db, sessionId);
		await confirmAttendance(a.worker, db, sessionId);
		await confirmAttendance(a.coach, db, sessionId);
		// Ends at 14:32 after starting at 14:02 Dutch time, with a 10-minute break: 20 net minutes.
		await moveLearningSession(a.coach, db, { sessionId, move: 'end', from: 5, now: at('2026-12-10T13:32:00Z') });
		const view = await getLearningSession(a.worker, db, sessionId);
		expect(view.status).toBe('ended');
		expect(view.netMinutes).toBe(20);
		const lines = await findMyAttendance(a.worker, db);
		expect(lines).toHaveLength(1);
		const [row] = await db
			.select({ id: learningSessionParticipant.id })
			.from(learningSessionParticipant)
			.where(eq(learningSessionParticipant.membershipId, a.membershipIds.worker));
		expect(lines[0]).toMatchObject({
			id: row.id,
			sessionId,
			netMinutes: 20,
			methodRef: 'builtin:incidentmethode',
			methodName: 'Incidentmethode',
			chairName: 'A-coach',
			participants: ['A-coach', 'A-worker']
		});
		expect(lines[0].startedAt.toISOString()).toBe('2026-12-10T13:02:00.000Z');
		// Nobody else's lines: the teammate, the admin and another organisation have none.
		expect(await findMyAttendance(teammate, db)).toEqual([]);
		expect(await findMyAttendance(a.admin, db)).toEqual([]);
		expect(await findMyAttendance(b.worker, db)).toEqual([]);
	});

	it('asks the inbrenger "Wat deed je met het advies?" and shows the answer at the next session', async () => {
		const open = await findMyFollowUps(a.worker, db, a.organisationId);
		expect(open).toHaveLength(1);
		expect(await findMyFollowUps(a.coach, db, a.organisationId)).toEqual([]);
		expect(await findMyFollowUps(b.worker, db, b.organisationId)).toEqual([]);
		// Only the inbrenger answers it.
		await rejects(answerFollowUp(a.coach, db, { followUpId: open[0].id, answer: 'Overgenomen' }));
		await rejects(answerFollowUp(b.worker, db, { followUpId: open[0].id, answer: 'Overgenomen' }));
		const answered = await answerFollowUp(a.worker, db, {
			followUpId: open[0].id,
			answer: 'Ik ging terug en vroeg wat ze nodig had.'
		});
		expect(answered.nextSessionId).toBeNull();
		expect(await findMyFollowUps(a.worker, db, a.organisationId)).toEqual([]);
		const { id: next } = await createLearningSession(a.coach, db, {
			teamId: a.teamId,
			methodRef: 'builtin:leersessie',
			theme: 'Werkdruk',
			day: '2027-01-14',
			time: '09:30',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: ''
		});
		const view = await getLearningSession(a.coach, db, next);
		expect(view.earlierFollowUps).toEqual([
			expect.objectContaining({ inbrengerName: 'A-worker', answer: 'Ik ging terug en vroeg wat ze nodig had.' })
		]);
		const [row] = await db.select().from(learningSessionFollowUp).where(eq(learningSessionFollowUp.id, open[0].id));
		expect(row.nextSessionId).toBe(next);
	});
});
