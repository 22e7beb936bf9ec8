#!/usr/bin/env -S npx tsx
// bench/team-mirror: server time of the team mirror for a team of 50 workers with 2,000 released
// responses each (budget ≤ 200 ms), beside a baseline from the same run: one plain GROUP BY per worker
// over the same rows. Two figures for the team mirror: the first view of new quarters (releases every
// worker's due batches, counts per worker and quarter, decides and freezes them; once per quarter) and
// every later view (reads the frozen quarters and their quotes). In-process, on PGlite and (with
// BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL. Prints figures, never fails.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../src/lib/server/testing/test-db';
import { createOrgFixture, PASSWORD } from '../src/lib/server/testing/fixtures';
import { insertUserWithPassword } from '../src/lib/server/auth/users';
import {
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	membership,
	teamMember,
	teamMirrorQuarter
} from '../src/lib/server/db/schema';
import { getTeamMirror } from '../src/lib/server/team/get-team-mirror';
import { finishedQuarters } from '../src/lib/server/team/release-team-mirror';
import { quarterStart } from '../src/lib/server/team/team-mirror-data';
import { todayInNL } from '../src/lib/server/dates';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 50);
const PER_WORKER = Number(process.env.BENCH_RESPONSES ?? 2_000);
const RUNS = 15;
const FIRST_RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(engine: 'pglite' | 'postgres') {
	const t = await createTestDatabase(engine);
	try {
		const db = t.database.db;
		const org = await createOrgFixture(db, 'Bench');
		const quarters = finishedQuarters(todayInNL());
		const days = quarters.map((q) => quarterStart(q).replace(/-01$/, '-10'));
		const perQuarter = Math.floor(PER_WORKER / quarters.length);
		for (let w = 0; w < WORKERS; w++) {
			const { id: userId } = await insertUserWithPassword(db, {
				email: `bench-${w}-${randomUUID().slice(0, 6)}@test.example`,
				name: `Bench ${w}`,
				password: PASSWORD
			});
			const [m] = await db
				.insert(membership)
				.values({ organisationId: org.organisationId, userId, roles: ['worker'] })
				.returning({ id: membership.id });
			await db.insert(teamMember).values({ teamId: org.teamId, membershipId: m.id });
			const [req] = await db
				.insert(feedbackRequest)
				.values({ organisationId: org.organisationId, workerUserId: userId, token: randomUUID(), firstName: 'B' })
				.returning({ id: feedbackRequest.id });
			for (const day of days) {
				const [batch] = await db
					.insert(feedbackBatch)
					.values({ organisationId: org.organisationId, workerUserId: userId, releasedOn: day, size: perQuarter })
					.returning({ id: feedbackBatch.id });
				await db.insert(feedbackResponse).values(
					Array.from({ length: perQuarter }, (_, j) => ({
						requestId: req.id,
						organisationId: org.organisationId,
						workerUserId: userId,
						raterType: 'resident' as const,
						language: 'nl',
						scores: {
							time: 1 + ((w + j) % 5),
							appointments: 1 + ((w + 2 * j) % 5),
							respect: 5,
							understanding: 4,
							ownIdeas: j % 7 === 0 ? null : 3,
							helped: 4
						},
						good: j % 3 ? `Reactie ${j}: ze luisterde goed.` : '',
						better: j % 4 ? 'Vaker terugbellen.' : '',
						submittedOn: day,
						batchId: batch.id,
						reordered: true
					}))
				);
			}
		}
		const total = WORKERS * perQuarter * quarters.length;
		const firstMs: number[] = [];
		const viewMs: number[] = [];
		const groupByMs: number[] = [];
		for (let r = 0; r < FIRST_RUNS; r++) {
			await db.delete(teamMirrorQuarter).where(eq(teamMirrorQuarter.teamId, org.teamId));
			const s = performance.now();
			await getTeamMirror(org.coach, db, org.teamId);
			firstMs.push(performance.now() - s);
		}
		for (let r = 0; r < RUNS; r++) {
			let s = performance.now();
			await db.execute(sql`
				select worker_user_id, count(*), avg((scores->>'respect')::int)
				from feedback_response where organisation_id = ${org.organisationId} group by worker_user_id`);
			groupByMs.push(performance.now() - s);
			s = performance.now();
			const m = await getTeamMirror(org.coach, db, org.teamId);
			viewMs.push(performance.now() - s);
			if (r === 0 && m.quarters.reduce((a, q) => a + q.responses, 0) !== total)
				throw new Error('the team mirror did not count every response');
		}
		console.log(
			`${engine.padEnd(9)} ${WORKERS} workers × ${perQuarter * quarters.length} responses (${total}): ` +
				`team mirror, later views median ${median(viewMs).toFixed(1)} ms (budget ≤ 200 ms); ` +
				`first view of ${quarters.length} new quarters median ${median(firstMs).toFixed(1)} ms; ` +
				`baseline GROUP BY median ${median(groupByMs).toFixed(1)} ms`
		);
	} finally {
		await t.cleanup();
	}
}

await bench('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) {
	process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
	await bench('postgres');
} else console.log('postgres  skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
