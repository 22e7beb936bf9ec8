import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { waitingForRelease } from './waiting-for-release';
import { todayInNL } from '../dates';

/**
 * Whether `releaseBatches` would release anything now (see `waitingForRelease`). One query without a
 * lock, for pages that show the groups on every load (the home page): most loads have nothing to release, and then they skip the
 * transaction, the worker's lock and its queries. Finished days are written again in random order by
 * the hourly job all the same.
 */
export async function hasBatchesToRelease(
	db: Db,
	workerUserId: string,
	organisationId: string,
	now = new Date()
): Promise<boolean> {
	const [row] = rowsOf<{ due: boolean }>(
		await db.execute(sql`select ${waitingForRelease(sql`${workerUserId}`, organisationId, todayInNL(now))} as "due"`)
	);
	return Boolean(row?.due);
}
