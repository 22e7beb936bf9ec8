#!/usr/bin/env -S npx tsx
// bench/mirror: server time of the worker's mirror with 10,000 released responses (budget ≤ 100 ms),
// beside a baseline from the same run: one plain COUNT(*) over the same rows. In-process, on PGlite
// and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL. Prints figures, never fails.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createOrgFixture } from '../src/lib/server/testing/fixtures';
import { createFeedbackRequest } from '../src/lib/server/feedback/create-feedback-request';
import { getMirror } from '../src/lib/server/feedback/get-mirror';
import { feedbackBatch, feedbackResponse } from '../src/lib/server/db/schema';
import { benchScores, median, onBothEngines, timed } from './in-process';

const N = Number(process.env.BENCH_RESPONSES ?? 10_000);
const RUNS = 15;

await onBothEngines(async (engine, { db }) => {
	const org = await createOrgFixture(db, 'Bench');
	const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
		label: '',
		firstName: 'Sanne',
		address: 'je'
	});
	const quarters = [
		'2025-02-10',
		'2025-05-10',
		'2025-08-10',
		'2025-11-10',
		'2026-02-10',
		'2026-05-10',
		'2026-08-10',
		'2026-11-10'
	];
	for (let i = 0; i < N; i += 500) {
		const day = quarters[Math.floor((i / N) * quarters.length)];
		const [batch] = await db
			.insert(feedbackBatch)
			.values({ organisationId: org.organisationId, workerUserId: org.worker.userId, releasedOn: day, size: 500 })
			.returning();
		await db.insert(feedbackResponse).values(
			Array.from({ length: Math.min(500, N - i) }, (_, j) => ({
				id: randomUUID(),
				requestId: req.id,
				organisationId: org.organisationId,
				workerUserId: org.worker.userId,
				raterType: 'resident' as const,
				language: 'nl',
				scores: benchScores(i + j),
				good: `Reactie ${i + j}: ze luisterde goed.`,
				better: 'Vaker terugbellen.',
				submittedOn: day,
				batchId: batch.id
			}))
		);
	}
	const mirrorMs: number[] = [];
	const countMs: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		countMs.push(
			(
				await timed(() =>
					db.execute(sql`select count(*) from feedback_response where worker_user_id = ${org.worker.userId}`)
				)
			).ms
		);
		const { ms, result: m } = await timed(() => getMirror(org.worker, db, org.organisationId));
		mirrorMs.push(ms);
		if (r === 0 && m.quarters.reduce((a, q) => a + q.responses, 0) !== N)
			throw new Error('mirror did not see every response');
	}
	console.log(
		`${engine.padEnd(9)} ${N} responses: mirror median ${median(mirrorMs).toFixed(1)} ms (budget ≤ 100 ms), baseline COUNT(*) median ${median(countMs).toFixed(1)} ms`
	);
});
