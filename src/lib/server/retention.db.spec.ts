import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './testing/test-db';
import { createOrgFixture, type OrgFixture } from './testing/fixtures';
import type { Db } from './db/client';
import { feedbackFormNonce, feedbackRate, invitation, loginThrottle, session } from './db/schema';
import { todayInNL } from './dates';
import { createFeedbackRequest } from './feedback/create-feedback-request';
import { noMail } from './mail';
import { createInvitation } from './organisation/create-invitation';
import { runRetention, LINK_KEEP_DAYS } from './retention';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
const DAY = 86_400_000;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
});
afterAll(() => tdb?.cleanup());

describe('retention', () => {
	it('deletes expired sessions, stale throttles and long-expired links, and nothing else', async () => {
		const now = new Date();
		await db.insert(session).values([
			{ id: 'old', token: 'old', userId: a.worker.userId, expiresAt: new Date(now.getTime() - 1000) },
			{ id: 'live', token: 'live', userId: a.worker.userId, expiresAt: new Date(now.getTime() + DAY) }
		]);
		await db.insert(loginThrottle).values([
			{ key: 'stale', failures: 2, windowStartedAt: new Date(now.getTime() - 2 * DAY) },
			{ key: 'recent', failures: 2, windowStartedAt: now },
			{
				key: 'blocked',
				failures: 5,
				windowStartedAt: new Date(now.getTime() - 2 * DAY),
				blockedUntil: new Date(now.getTime() + DAY)
			}
		]);
		const ctx = { origin: 'http://x', mailer: noMail, validDays: 7 };
		const old = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'oud@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		const fresh = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'vers@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		await db
			.update(invitation)
			.set({ expiresAt: new Date(now.getTime() - (LINK_KEEP_DAYS + 1) * DAY) })
			.where(eq(invitation.id, old.id));

		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'S',
			address: 'je'
		});
		const today = todayInNL(now);
		const yesterday = todayInNL(new Date(now.getTime() - DAY));
		await db.insert(feedbackFormNonce).values([
			{ nonce: 'used-long-ago', requestId: req.id, keepUntil: yesterday },
			{ nonce: 'still-valid', requestId: req.id, keepUntil: today }
		]);
		await db.insert(feedbackRate).values([
			{ requestId: req.id, day: yesterday, count: 5 },
			{ requestId: req.id, day: today, count: 5 }
		]);

		const result = await runRetention(db, now);
		expect(result).toMatchObject({ sessions: 1, loginThrottles: 1, invitations: 1, formNonces: 1, rateCounters: 1 });
		expect((await db.select().from(feedbackFormNonce)).map((r) => r.nonce)).toEqual(['still-valid']);
		expect((await db.select().from(feedbackRate)).map((r) => r.day)).toEqual([today]);
		expect((await db.select().from(session)).map((s) => s.id)).toEqual(['live']);
		expect((await db.select().from(loginThrottle)).map((t) => t.key).sort()).toEqual(['blocked', 'recent']);
		expect((await db.select().from(invitation)).map((i) => i.id)).toEqual([fresh.id]);
	});
});
