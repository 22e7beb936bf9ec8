import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import { systemActor, type UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	adviceSession,
	feedbackBatch,
	feedbackContactRequest,
	feedbackRequest,
	invitation,
	networkAction,
	networkCase,
	networkCaseWorker,
	networkGoal,
	passwordReset,
	type ActionStatus
} from '../db/schema';
import { createOrganisation } from '../organisation/create-organisation';
import { markMirrorSeen } from '../feedback/mark-mirror-seen';
import { nextDay, todayInNL } from '../dates';
import { getHomeOverview } from './get-home-overview';

// Issue 14, item 9: the home page says what is next, and only the actor's own next things.
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const now = new Date();
const day = (offset: number) => todayInNL(new Date(now.getTime() + offset * 86_400_000));

async function addCase(organisationId: string, worker: UserActor, label: string, actions: [string, ActionStatus][]) {
	const [c] = await db
		.insert(networkCase)
		.values({ organisationId, label, createdByUserId: worker.userId })
		.returning({ id: networkCase.id });
	await db.insert(networkCaseWorker).values({ caseId: c.id, userId: worker.userId });
	const [goal] = await db.insert(networkGoal).values({ caseId: c.id, text: 'Doel' }).returning({ id: networkGoal.id });
	for (const [due, status] of actions) {
		await db
			.insert(networkAction)
			.values({ caseId: c.id, goalId: goal.id, who: 'client', what: 'Bellen', due, status });
	}
	return c.id;
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const org = a.organisationId;
	// A's worker: two released groups, one open and one handled call-back request, a casus with
	// actions (overdue, in 3 days, in 20 days, done and overdue) and a feedback request.
	await db.insert(feedbackBatch).values([
		{ organisationId: org, workerUserId: a.worker.userId, releasedOn: day(-3), size: 4 },
		{ organisationId: org, workerUserId: a.worker.userId, releasedOn: day(-1), size: 5 }
	]);
	await db.insert(feedbackContactRequest).values([
		{ organisationId: org, workerUserId: a.worker.userId, name: 'Fatima', contact: '0612345678', requestedOn: day(-1) },
		{
			organisationId: org,
			workerUserId: a.worker.userId,
			name: 'Kees',
			contact: '0687654321',
			requestedOn: day(-5),
			handledOn: day(-4)
		}
	]);
	await addCase(org, a.worker, 'Gezin K.', [
		[day(-2), 'open'],
		[day(3), 'busy'],
		[day(20), 'open'],
		[day(-9), 'done']
	]);
	await db
		.insert(feedbackRequest)
		.values({ organisationId: org, workerUserId: a.worker.userId, token: randomUUID(), firstName: 'A' });
	// A's coach, in the same team: a casus of their own with an overdue action.
	await addCase(org, a.coach, 'M.', [[day(-1), 'open']]);
	// A's facilitator: one session running, one closed.
	await db.insert(adviceSession).values([
		{
			organisationId: org,
			createdByUserId: a.facilitator.userId,
			code: 'HOMEA1',
			question: 'Wat kan beter?',
			groups: []
		},
		{
			organisationId: org,
			createdByUserId: a.facilitator.userId,
			code: 'HOMEA2',
			question: 'Oude vraag',
			groups: [],
			phase: 'closed'
		}
	]);
	// A's admin: one open, one expired and one revoked invitation.
	const inv = (email: string, expiresAt: Date, revokedAt: Date | null = null) => ({
		organisationId: org,
		email,
		roles: ['worker' as const],
		tokenHash: randomUUID(),
		expiresAt,
		revokedAt
	});
	await db
		.insert(invitation)
		.values([
			inv('open@test.example', new Date(now.getTime() + 86_400_000)),
			inv('verlopen@test.example', new Date(now.getTime() - 86_400_000)),
			inv('ingetrokken@test.example', new Date(now.getTime() + 86_400_000), now)
		]);
});
afterAll(() => tdb?.cleanup());

describe('getHomeOverview', () => {
	it("shows the worker's new groups, open call-back requests and actions due within 7 days", async () => {
		const o = await getHomeOverview(a.worker, db, a.organisationId, { now });
		expect(o.locked).toBe(false);
		expect(o.mirror).toEqual({ newGroups: 2, newResponses: 9, latest: { releasedOn: day(-1), size: 5 } });
		expect(o.openContactRequests).toBe(1);
		expect(o.dueCases).toEqual([
			expect.objectContaining({ label: 'Gezin K.', overdue: 1, dueSoon: 1, firstDue: day(-2) })
		]);
		expect(o.adviceSessions).toEqual([]);
		expect(o.openInvitations).toBe(0);
		// A feedback request and a casus exist: no first steps left.
		expect(o.firstSteps).toEqual([]);
	});

	it('counts as new only the groups released after the day the worker last opened the mirror', async () => {
		await markMirrorSeen(a.worker, db, a.organisationId, now);
		const seen = await getHomeOverview(a.worker, db, a.organisationId, { now });
		expect(seen.mirror).toEqual({ newGroups: 0, newResponses: 0, latest: { releasedOn: day(-1), size: 5 } });
		const [batch] = await db
			.insert(feedbackBatch)
			.values({ organisationId: a.organisationId, workerUserId: a.worker.userId, releasedOn: nextDay(day(0)), size: 3 })
			.returning();
		const tomorrow = new Date(now.getTime() + 86_400_000);
		const later = await getHomeOverview(a.worker, db, a.organisationId, { now: tomorrow });
		expect(later.mirror).toMatchObject({ newGroups: 1, newResponses: 3 });
		expect(batch.releasedOn).toBe(day(1));
	});

	it("never shows a colleague's mirror, call-back requests or casussen, not even to a coach in the same team", async () => {
		const coach = await getHomeOverview(a.coach, db, a.organisationId, { now });
		expect(coach.mirror).toEqual({ newGroups: 0, newResponses: 0, latest: null });
		expect(coach.openContactRequests).toBe(0);
		expect(coach.dueCases.map((c) => c.label)).toEqual(['M.']);
		expect(coach.firstSteps).toEqual(['feedback_request']);
	});

	it('shows nothing of another organisation, and refuses an organisation the actor is no member of', async () => {
		const other = await getHomeOverview(b.worker, db, b.organisationId, { now });
		expect(other.mirror).toEqual({ newGroups: 0, newResponses: 0, latest: null });
		expect(other.openContactRequests).toBe(0);
		expect(other.dueCases).toEqual([]);
		expect(other.firstSteps).toEqual(['feedback_request', 'practice_network']);
		const otherAdmin = await getHomeOverview(b.admin, db, b.organisationId, { now });
		expect(otherAdmin.openInvitations).toBe(0);
		const otherFacilitator = await getHomeOverview(b.facilitator, db, b.organisationId, { now });
		expect(otherFacilitator.adviceSessions).toEqual([]);
		expect(otherFacilitator.firstSteps).toEqual(['advice_session']);
		await expect(getHomeOverview(b.worker, db, a.organisationId, { now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getHomeOverview(b.admin, db, a.organisationId, { now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(markMirrorSeen(b.worker, db, a.organisationId, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getHomeOverview(systemActor('test'), db, a.organisationId)).rejects.toMatchObject({
			code: 'UNAUTHORIZED'
		});
	});

	it('shows the facilitator their running sessions and the admin the open invitations only', async () => {
		const facilitator = await getHomeOverview(a.facilitator, db, a.organisationId, { now });
		expect(facilitator.adviceSessions).toEqual([
			expect.objectContaining({ question: 'Wat kan beter?', phase: 'preparing' })
		]);
		expect(facilitator.mirror).toBeNull();
		expect(facilitator.firstSteps).toEqual([]);
		const admin = await getHomeOverview(a.admin, db, a.organisationId, { now });
		expect(admin.openInvitations).toBe(1);
		expect(admin.adviceSessions).toEqual([]);
		expect(admin.mirror).toBeNull();
		expect(admin.firstSteps).toEqual([]);
	});

	it('gives the admin of a new organisation the first step: invite colleagues', async () => {
		const created = await createOrganisation(systemActor('test'), db, {
			name: 'Nieuw',
			admin: { email: `nieuw-${randomUUID().slice(0, 8)}@test.example`, name: 'Nieuw admin', password: PASSWORD }
		});
		const admin: UserActor = { kind: 'user', userId: created.adminUserId, email: 'x', name: 'Nieuw admin' };
		const o = await getHomeOverview(admin, db, created.organisationId, { now });
		expect(o.firstSteps).toEqual(['invite_members']);
	});

	it('shows nothing private while a password reset waits for the worker to confirm it (ADR 0010)', async () => {
		await db.insert(passwordReset).values({
			organisationId: a.organisationId,
			userId: a.worker.userId,
			tokenHash: randomUUID(),
			expiresAt: now,
			usedAt: now,
			locksPrivate: true
		});
		const o = await getHomeOverview(a.worker, db, a.organisationId, { now });
		expect(o).toMatchObject({ locked: true, mirror: null, openContactRequests: 0, dueCases: [], firstSteps: [] });
	});
});
