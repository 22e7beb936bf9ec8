import type { Db } from '../db/client';
import { todayInNL } from '../dates';
import { releaseWorker, vacuumAfterRewrite } from './batch-release';

/**
 * Cuts the worker's waiting responses into batches of at least k (the organisation's setting), by
 * whole days and only from days that are over: going through the waiting days from the oldest, a
 * batch closes at the end of the first day on which k answers have gathered, and counts as released
 * the next morning. What a batch holds therefore depends only on when residents answered, never on
 * when the worker looks: running this at every mirror view gives the same batches as a nightly job
 * would (SECURITY.md, "Batches"). A resident who answers today is never shown before tomorrow, and
 * answers of one day always stay together.
 *
 * Follow-up answers (doorvragen) are kept apart from their response and go out with the first batch
 * that starts on a later day than the follow-up was given: never in the batch of their own answer.
 */
export async function releaseBatches(
	db: Db,
	workerUserId: string,
	organisationId: string,
	now = new Date()
): Promise<void> {
	const moved = await releaseWorker(db, workerUserId, organisationId, todayInNL(now));
	// The old copies in arrival order leave the table files (outside the transaction).
	if (moved > 0) await vacuumAfterRewrite(db);
}
