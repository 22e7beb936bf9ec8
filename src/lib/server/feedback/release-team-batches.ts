import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { user } from '../db/schema';
import { waitingForRelease } from './waiting-for-release';
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
	const due = rowsOf<{ w: string }>(
		await db.execute(sql`
			select w.id as w from ${user} w
			where w.id in (${ids}) and ${waitingForRelease(sql`w.id`, organisationId, today)}
		`)
	)
		.map((r) => String(r.w))
		.sort();
	let moved = 0;
	for (const w of due) moved += await releaseWorker(db, w, organisationId, today);
	if (moved > 0) await vacuumAfterRewrite(db);
}
