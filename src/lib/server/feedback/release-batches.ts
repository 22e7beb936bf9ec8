import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse, organisation, user } from '../db/schema';
import { todayInNL } from './dates';

/**
 * Releases the worker's waiting responses as one batch when at least k of them exist (k is the
 * organisation's setting). Runs when the worker looks (mirror, export), not when a resident submits:
 * the outcome for the worker is the same, and submissions never wait on each other.
 */
export async function releaseBatches(
	db: Db,
	workerUserId: string,
	organisationId: string,
	now = new Date()
): Promise<void> {
	await db.transaction(async (tx) => {
		// One release at a time per worker (two tabs open at once must not make two half batches).
		await tx.select({ id: user.id }).from(user).where(eq(user.id, workerUserId)).for('update');
		const waitingWhere = and(
			eq(feedbackResponse.workerUserId, workerUserId),
			eq(feedbackResponse.organisationId, organisationId),
			isNull(feedbackResponse.batchId)
		);
		const [{ waiting }] = await tx.select({ waiting: count() }).from(feedbackResponse).where(waitingWhere);
		if (waiting === 0) return;
		const [{ k }] = await tx
			.select({ k: organisation.feedbackBatchSize })
			.from(organisation)
			.where(eq(organisation.id, organisationId));
		if (waiting < k) return;
		const [batch] = await tx
			.insert(feedbackBatch)
			.values({ organisationId, workerUserId, releasedOn: todayInNL(now), size: waiting })
			.returning({ id: feedbackBatch.id });
		await tx.update(feedbackResponse).set({ batchId: batch.id }).where(waitingWhere);
	});
}
