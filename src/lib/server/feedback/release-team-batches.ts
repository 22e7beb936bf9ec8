import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackFollowUp, feedbackResponse, user } from '../db/schema';
import { todayInNL } from '../dates';
import { releaseWorker, vacuumAfterRewrite } from './batch-release';

/**
 * `releaseBatches` for several workers at once (the team mirror's first view of a quarter, ADR 0015):
 * one query finds the workers who have anything waiting, only they take the release lock and run the
 * release, and the tables are vacuumed once at the end rather than once per worker. A worker with
 * nothing waiting gets exactly what `releaseBatches` would have done for them: nothing.
 */
export async function releaseTeamBatches(
	db: Db,
	workerUserIds: readonly string[],
	organisationId: string,
	now = new Date()
): Promise<void> {
	if (!workerUserIds.length) return;
	const today = todayInNL(now);
	const ids = sql.join(
		workerUserIds.map((w) => sql`${w}`),
		sql`, `
	);
	// Waiting = what releaseWorker would touch: responses of finished days without a batch (rewritten or
	// not yet), and follow-up answers without a batch.
	const due = rowsOf<{ w: string }>(
		await db.execute(sql`
			select w.id as w from ${user} w
			where w.id in (${ids}) and (
				exists (select 1 from ${feedbackResponse} r
					where r.worker_user_id = w.id and r.batch_id is null and r.submitted_on < ${today}::date)
				or exists (select 1 from ${feedbackFollowUp} f where f.worker_user_id = w.id and f.batch_id is null)
			)
		`)
	)
		.map((r) => String(r.w))
		.sort();
	let moved = 0;
	for (const w of due) moved += await releaseWorker(db, w, organisationId, today);
	if (moved > 0) await vacuumAfterRewrite(db);
}
