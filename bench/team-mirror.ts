#!/usr/bin/env -S npx tsx
// bench/team-mirror: server time of the team mirror for a team of 50 workers with 2,000 released
// responses each (budget ≤ 200 ms), beside a baseline from the same run: one plain GROUP BY per worker
// over the same rows. Three figures for the team mirror: the first view after a quarter ended (releases
// every worker's due batches, counts per worker for that quarter, decides and freezes it; once per
// quarter), the team's very first view (all quarters of the window at once; once per team) and every
// later view (reads the frozen quarters and their quotes). In-process, on PGlite and (with
// BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL. Prints figures, never fails.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { addMember, createOrgFixture } from '../src/lib/server/testing/fixtures';
import { feedbackBatch, feedbackRequest, feedbackResponse, teamMirrorQuarter } from '../src/lib/server/db/schema';
import { countBatches } from '../src/lib/server/feedback/batch-counts';
import { getTeamMirror } from '../src/lib/server/team/get-team-mirror';
import { finishedQuarters } from '../src/lib/server/team/release-team-mirror';
import { quarterStart } from '../src/lib/server/team/team-mirror-data';
import { todayInNL } from '../src/lib/server/dates';
import { benchScores, median, onBothEngines, timed } from './in-process';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 50);
const PER_WORKER = Number(process.env.BENCH_RESPONSES ?? 2_000);
const RUNS = 15;
const FIRST_RUNS = 5;

await onBothEngines(async (engine, { db }) => {
	const org = await createOrgFixture(db, 'Bench');
	const quarters = finishedQuarters(todayInNL());
	const days = quarters.map((q) => quarterStart(q).replace(/-01$/, '-10'));
	const perQuarter = Math.floor(PER_WORKER / quarters.length);
	for (let w = 0; w < WORKERS; w++) {
		const { actor } = await addMember(db, {
			organisationId: org.organisationId,
			label: `Bench ${w}`,
			teamId: org.teamId
		});
		const userId = actor.userId;
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
					scores: benchScores(w + j),
					good: j % 3 ? `Reactie ${j}: ze luisterde goed.` : '',
					better: j % 4 ? 'Vaker terugbellen.' : '',
					submittedOn: day,
					batchId: batch.id,
					reordered: true
				}))
			);
			// As the release does: the batch's answers are counted once, when it is released.
			await countBatches(db, [batch.id]);
		}
	}
	const total = WORKERS * perQuarter * quarters.length;
	const firstMs: number[] = [];
	const viewMs: number[] = [];
	const groupByMs: number[] = [];
	for (let r = 0; r < FIRST_RUNS; r++) {
		await db.delete(teamMirrorQuarter).where(eq(teamMirrorQuarter.teamId, org.teamId));
		firstMs.push((await timed(() => getTeamMirror(org.coach, db, org.teamId))).ms);
	}
	// What a team meets once a quarter: the quarter that just ended is new, the others are decided.
	const oneNewMs: number[] = [];
	for (let r = 0; r < FIRST_RUNS; r++) {
		await db
			.delete(teamMirrorQuarter)
			.where(and(eq(teamMirrorQuarter.teamId, org.teamId), eq(teamMirrorQuarter.quarter, quarters[0])));
		oneNewMs.push((await timed(() => getTeamMirror(org.coach, db, org.teamId))).ms);
	}
	for (let r = 0; r < RUNS; r++) {
		const groupBy = await timed(() =>
			db.execute(sql`
					select worker_user_id, count(*), avg((scores->>'respect')::int)
					from feedback_response where organisation_id = ${org.organisationId} group by worker_user_id`)
		);
		groupByMs.push(groupBy.ms);
		const { ms, result: m } = await timed(() => getTeamMirror(org.coach, db, org.teamId));
		viewMs.push(ms);
		if (r === 0 && m.quarters.reduce((a, q) => a + q.responses, 0) !== total)
			throw new Error('the team mirror did not count every response');
	}
	console.log(
		`${engine.padEnd(9)} ${WORKERS} workers × ${perQuarter * quarters.length} responses (${total}): ` +
			`team mirror, later views median ${median(viewMs).toFixed(1)} ms (budget ≤ 200 ms); ` +
			`first view after a quarter ended median ${median(oneNewMs).toFixed(1)} ms; ` +
			`first view of ${quarters.length} new quarters at once (a team's very first look) median ${median(firstMs).toFixed(1)} ms; ` +
			`baseline GROUP BY median ${median(groupByMs).toFixed(1)} ms`
	);
});
