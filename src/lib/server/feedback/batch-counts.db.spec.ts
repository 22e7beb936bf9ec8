import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse } from '../db/schema';
import { createFeedbackRequest } from './create-feedback-request';
import { getFeedbackForm } from './get-feedback-form';
import { submitFeedbackResponse } from './submit-feedback-response';
import { releaseBatches } from './release-batches';
import { loadQuarterCounts } from '../team/team-mirror-data';
import { quarterOf } from '../dates';
import type { ResponseInput } from './response-input';

// A released batch is counted once, when it is released (feedback/batch-counts.ts): the team mirror
// adds up these counts instead of every answer, so they must be exactly what the answers say.
const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;

const base: ResponseInput = {
	raterType: 'resident',
	scores: { time: 4, appointments: 4, respect: 4, understanding: 4, ownIdeas: 4, helped: 4 },
	good: '',
	better: '',
	contactName: null,
	contact: null,
	media: null
};

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
});
afterAll(() => tdb?.cleanup());

describe('batch counts', () => {
	it('a released batch carries the counts of its answers; a batch without them is counted when first read', async () => {
		const org = await createOrgFixture(db, 'Tellen');
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const answers: ResponseInput['scores'][] = [
			{ time: 1, appointments: 5, respect: 5, understanding: 3, ownIdeas: null, helped: 2 },
			{ time: 2, appointments: 5, respect: 4, understanding: 3, ownIdeas: 4, helped: 2 },
			{ time: 2, appointments: 1, respect: 5, understanding: 3, ownIdeas: null, helped: 5 },
			{ time: 5, appointments: 3, respect: 5, understanding: 3, ownIdeas: 1, helped: 2 }
		];
		for (const [i, scores] of answers.entries()) {
			const form = await getFeedbackForm(req.token, db, SECRET);
			await submitFeedbackResponse(
				req.token,
				db,
				{ ...base, scores, language: 'nl', formToken: form.formToken },
				{ secret: SECRET, now: new Date(`2026-11-02T0${i + 1}:00:00Z`) }
			);
		}
		await releaseBatches(db, org.worker.userId, org.organisationId, new Date('2026-11-03T12:00:00Z'));
		const [batch] = await db.select().from(feedbackBatch).where(eq(feedbackBatch.workerUserId, org.worker.userId));
		expect(batch.dimensionCounts).toEqual({
			responses: 4,
			distribution: {
				time: [1, 2, 0, 0, 1],
				appointments: [1, 0, 1, 0, 2],
				respect: [0, 0, 0, 1, 3],
				understanding: [0, 0, 4, 0, 0],
				ownIdeas: [1, 0, 0, 1, 0],
				helped: [0, 3, 0, 0, 1]
			}
		});

		// The same batch read by the team mirror gives the same numbers, whether it was counted at its
		// release or, like a batch from before the counts (or from the demo seed), when first read.
		const quarter = quarterOf(batch.releasedOn);
		const read = async () =>
			(await loadQuarterCounts(db, org.organisationId, [quarter], [org.worker.userId]))
				.get(quarter)!
				.get(org.worker.userId);
		const fromRelease = await read();
		await db.update(feedbackBatch).set({ dimensionCounts: null }).where(eq(feedbackBatch.id, batch.id));
		const fromAnswers = await read();
		expect(fromAnswers).toEqual(fromRelease);
		expect(fromRelease).toMatchObject({ responses: 4, scored: { ownIdeas: 2, time: 4 } });
		const [again] = await db.select().from(feedbackBatch).where(eq(feedbackBatch.id, batch.id));
		expect(again.dimensionCounts).toEqual(batch.dimensionCounts);
		// Batches released before the counts existed get the same numbers from the migration's backfill.
		await db.update(feedbackBatch).set({ dimensionCounts: null }).where(eq(feedbackBatch.id, batch.id));
		const migration = fs.readFileSync(
			path.resolve(import.meta.dirname, '../../../../drizzle/0030_batch_counts.sql'),
			'utf8'
		);
		await db.execute(sql.raw(migration.split('--> statement-breakpoint')[1]));
		const [backfilled] = await db.select().from(feedbackBatch).where(eq(feedbackBatch.id, batch.id));
		expect(backfilled.dimensionCounts).toEqual(batch.dimensionCounts);
		// Nothing in the counts points back to an answer.
		const ids = (await db.select({ id: feedbackResponse.id }).from(feedbackResponse)).map((r) => r.id);
		expect(ids.some((id) => JSON.stringify(again.dimensionCounts).includes(id))).toBe(false);
	});
});
