import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse } from '../db/schema';
import { todayInNL } from '../dates';

/**
 * Whether `releaseBatches` would release anything now: a response from a finished day without a batch,
 * or a follow-up without a batch for which a batch released after its day exists (a follow-up only
 * joins a batch that starts on a later day). One query without a lock, for pages that show the groups
 * on every load (the home page): most loads have nothing to release, and then they skip the
 * transaction, the worker's lock and its queries. Finished days are written again in random order by
 * the hourly job all the same.
 */
export async function hasBatchesToRelease(
	db: Db,
	workerUserId: string,
	organisationId: string,
	now = new Date()
): Promise<boolean> {
	const today = todayInNL(now);
	const [row] = rowsOf<{ due: boolean }>(
		await db.execute(sql`
			select exists (
				select 1 from ${feedbackResponse} r
				where r.worker_user_id = ${workerUserId} and r.organisation_id = ${organisationId}
					and r.batch_id is null and r.submitted_on < ${today}::date
			) or exists (
				select 1 from ${feedbackFollowUp} f
				where f.worker_user_id = ${workerUserId} and f.organisation_id = ${organisationId}
					and f.batch_id is null
					and exists (
						select 1 from ${feedbackBatch} b
						where b.worker_user_id = ${workerUserId} and b.organisation_id = ${organisationId}
							and b.released_on > f.submitted_on + 1
					)
			) as "due"
		`)
	);
	return Boolean(row?.due);
}
