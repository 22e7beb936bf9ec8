import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity, user } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { findActivitySuggestions } from '../portfolio/find-activity-suggestions';
import { getProgress } from '../portfolio/get-progress';
import { seedDemo } from './seed-demo';

// Issue 19: the demo worker's log shows what the feature is for: lines in every category of the
// current period, some made from sessions they attended, one suggestion still open, and exactly one
// rule not met.

let tdb: TestDatabase;
let db: Db;
let organisationId: string;
let worker: UserActor;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	({ organisationId } = await seedDemo(systemActor('test'), db));
	const [row] = await db.select().from(user).where(eq(user.email, 'werker@demo.vakspiegel.example'));
	worker = { kind: 'user', userId: row.id, email: row.email, name: row.name };
});
afterAll(() => tdb?.cleanup());

describe('the demo worker’s activity log', () => {
	it('has lines in every SKJ category of the current period, and exactly one rule not met', async () => {
		const { profile, progress } = await getProgress(worker, db, organisationId);
		expect(profile?.registerKey).toBe('skj-2024');
		expect(progress!.daysLeft).toBeGreaterThan(200);
		for (const c of progress!.categories) expect(c.lineCount, c.key).toBeGreaterThan(0);
		expect(progress!.warnings).toEqual([
			expect.objectContaining({
				kind: 'meeting_too_short',
				title: 'Incidentmethode: Een huisbezoek dat anders liep (demo)'
			})
		]);
	});

	it('made three lines from attended sessions and leaves one open as a suggestion', async () => {
		const lines = await db.select().from(portfolioActivity).where(eq(portfolioActivity.workerUserId, worker.userId));
		expect(lines.filter((l) => l.sourceParticipantId !== null)).toHaveLength(3);
		const open = await findActivitySuggestions(worker, db, organisationId);
		// The session, and the closed consultation round the demo worker reacted to (seed-demo-code-round).
		expect(open.map((s) => [s.source, s.title])).toEqual([
			['round', 'Consultatieronde: Demo: eerste ronde over versie 2 (gesloten, met antwoorden)'],
			['session', 'Moreel beraad: Geheimhouding of melden? (demo)']
		]);
	});

	it('a second run changes nothing', async () => {
		const before = await db.select().from(portfolioActivity);
		await seedDemo(systemActor('test'), db);
		expect(await db.select().from(portfolioActivity)).toHaveLength(before.length);
	});
});
