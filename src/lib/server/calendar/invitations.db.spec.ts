import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { createAdviceSession } from '../advice/create-advice-session';
import { getAdviceInvitation } from '../advice/get-advice-invitation';
import { updateAdviceSession } from '../advice/update-advice-session';
import { createLearningSession } from '../team/create-learning-session';
import { getSessionInvitation } from '../team/get-session-invitation';
import { updateSessionCasus } from '../team/update-session-casus';
import { addWorker, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { calendarFile } from './ics';

// Issue 18: advice sessions and learning sessions offer a calendar invitation (.ics) for the meeting.

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let teammate: UserActor;
const origin = 'https://vakspiegel.example';
/** The file as a calendar reads it: folded lines joined again. */
const unfolded = (event: Parameters<typeof calendarFile>[0]) => calendarFile(event).replace(/\r\n /gu, '');
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const advice = {
	question: 'Wat maakt dat je een sociaal werker vertrouwt?',
	explanation: 'Een avond met de buurt.',
	groups: ['inwoners', 'sociaal werkers'],
	dotsPerPerson: 3,
	moderation: false,
	language: 'nl' as const
};

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	teammate = await addWorker(db, { organisationId: a.organisationId, teamId: a.teamId, label: 'Teamgenoot' });
});
afterAll(() => tdb?.cleanup());

describe('the invitation of a learning session', () => {
	let sessionId: string;
	beforeAll(async () => {
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
		await updateSessionCasus(a.worker, db, sessionId, {
			happened: 'Mevrouw Jansen deed de deur niet open',
			did: 'Ik belde haar dochter',
			learn: 'Wanneer ga ik door?'
		});
	});

	it('starts at the planned Dutch time, lasts the method, and holds no casus', async () => {
		const event = await getSessionInvitation(a.worker, db, { sessionId, origin });
		expect(event.start.toISOString()).toBe('2026-12-10T13:00:00.000Z');
		expect(event.minutes).toBeGreaterThanOrEqual(45);
		expect(event.summary).toContain('Een huisbezoek');
		const file = unfolded(event);
		expect(file).toContain(`URL:${origin}/team/sessies/${sessionId}`);
		expect(file).not.toMatch(/Jansen|dochter|Wanneer ga ik/u);
	});

	it('only for its participants: a teammate who is not in it, and another organisation, get NOT_FOUND', async () => {
		await rejects(getSessionInvitation(teammate, db, { sessionId, origin }));
		await rejects(getSessionInvitation(b.coach, db, { sessionId, origin }));
		await rejects(getSessionInvitation(b.admin, db, { sessionId, origin }));
	});
});

describe('the invitation of an advice session', () => {
	it('exists once a meeting is planned; it names the place and where to take part, never the join code', async () => {
		const s = await createAdviceSession(a.facilitator, db, a.organisationId, advice);
		await rejects(
			getAdviceInvitation(a.facilitator, db, { organisationId: a.organisationId, sessionId: s.id, origin })
		);
		await updateAdviceSession(a.facilitator, db, a.organisationId, s.id, {
			...advice,
			meeting: { at: new Date('2026-12-15T18:30:00Z'), minutes: 120, place: 'Wijkcentrum De Pijp' }
		});
		const event = await getAdviceInvitation(a.facilitator, db, {
			organisationId: a.organisationId,
			sessionId: s.id,
			origin
		});
		expect(event.start.toISOString()).toBe('2026-12-15T18:30:00.000Z');
		expect(event.minutes).toBe(120);
		expect(event.location).toBe('Wijkcentrum De Pijp');
		const file = unfolded(event);
		expect(file).toContain('DTEND:20261215T203000Z');
		expect(file).toContain(`${origin}/doe-mee`);
		expect(file).not.toContain(s.code);
		// Settings saved without the meeting's fields (an older form) keep the meeting.
		await updateAdviceSession(a.facilitator, db, a.organisationId, s.id, advice);
		expect(
			(await getAdviceInvitation(a.facilitator, db, { organisationId: a.organisationId, sessionId: s.id, origin }))
				.location
		).toBe('Wijkcentrum De Pijp');
	});

	it("only for the session's facilitators: a worker gets FORBIDDEN, another organisation NOT_FOUND", async () => {
		const s = await createAdviceSession(a.facilitator, db, a.organisationId, {
			...advice,
			meeting: { at: new Date('2026-12-16T18:30:00Z'), minutes: 90, place: '' }
		});
		const options = { organisationId: a.organisationId, sessionId: s.id, origin };
		await expect(getAdviceInvitation(a.facilitator, db, options)).resolves.toMatchObject({ minutes: 90 });
		await expect(getAdviceInvitation(a.worker, db, options)).rejects.toMatchObject({
			code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u)
		});
		await rejects(getAdviceInvitation(b.facilitator, db, { ...options, organisationId: b.organisationId }));
		await expect(getAdviceInvitation(b.facilitator, db, options)).rejects.toMatchObject({
			code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u)
		});
	});
});
