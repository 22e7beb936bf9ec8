import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse, organisation } from '../db/schema';
import { logger } from '../logger';
import { countBatches } from './batch-counts';
import { nextDay } from '../dates';
import {
	lockWorker,
	reorderedFollowUp,
	reorderedResponse,
	reorderWorkerDays,
	vacuumResidentTables
} from './reordering';

// The steps of a release, shared by releaseBatches (one worker) and releaseTeamBatches (several).

/** One worker's release in its own transaction; returns how many rows were rewritten first. */
export async function releaseWorker(
	db: Db,
	workerUserId: string,
	organisationId: string,
	today: string
): Promise<number> {
	const moved = await db.transaction(async (tx) => {
		// One release at a time per worker (two tabs open at once must not make two half batches); the
		// rewrite of finished days takes the same lock.
		await lockWorker(tx as unknown as Db, workerUserId);
		// Finished days not yet written again in random order are, first (reordering.ts): a batch only
		// takes rewritten rows, whether or not the hourly job has run since midnight.
		const rewritten = await reorderWorkerDays(tx as unknown as Db, workerUserId, today);
		const mine = and(
			eq(feedbackResponse.workerUserId, workerUserId),
			eq(feedbackResponse.organisationId, organisationId),
			isNull(feedbackResponse.batchId),
			lt(feedbackResponse.submittedOn, today),
			reorderedResponse
		);
		const days = await tx
			.select({ day: feedbackResponse.submittedOn, n: count() })
			.from(feedbackResponse)
			.where(mine)
			.groupBy(feedbackResponse.submittedOn)
			.orderBy(asc(feedbackResponse.submittedOn));
		if (days.length > 0) {
			const [{ k }] = await tx
				.select({ k: organisation.feedbackBatchSize })
				.from(organisation)
				.where(eq(organisation.id, organisationId));
			let gathered: string[] = [];
			let size = 0;
			for (const { day, n } of days) {
				gathered.push(day);
				size += n;
				if (size < k) continue;
				const [batch] = await tx
					.insert(feedbackBatch)
					.values({ organisationId, workerUserId, releasedOn: nextDay(day), size })
					.returning({ id: feedbackBatch.id });
				await tx
					.update(feedbackResponse)
					.set({ batchId: batch.id })
					.where(and(mine, inArray(feedbackResponse.submittedOn, gathered)));
				await countBatches(tx as unknown as Db, [batch.id]);
				gathered = [];
				size = 0;
			}
		}
		await releaseFollowUps(tx as unknown as Db, workerUserId, organisationId);
		return rewritten;
	});
	return moved.responses + moved.followUps;
}

export async function vacuumAfterRewrite(db: Db): Promise<void> {
	// A failed vacuum must not cost the worker their mirror; the rows are in their new order already.
	await vacuumResidentTables(db).catch((e) =>
		logger.error({ err: (e as Error).message }, 'vacuum after the rewrite of finished days failed')
	);
}

/** Each waiting follow-up joins the earliest batch whose answers all came on a later day than it did. */
async function releaseFollowUps(db: Db, workerUserId: string, organisationId: string): Promise<void> {
	const waiting = await db
		.select({ id: feedbackFollowUp.id, day: feedbackFollowUp.submittedOn })
		.from(feedbackFollowUp)
		.where(
			and(
				eq(feedbackFollowUp.workerUserId, workerUserId),
				eq(feedbackFollowUp.organisationId, organisationId),
				isNull(feedbackFollowUp.batchId),
				reorderedFollowUp
			)
		);
	if (waiting.length === 0) return;
	const oldest = waiting.reduce((d, f) => (f.day < d ? f.day : d), waiting[0].day);
	const firstDay = sql<string>`min(${feedbackResponse.submittedOn})`;
	const byStart = await db
		.select({ id: feedbackResponse.batchId, day: firstDay })
		.from(feedbackResponse)
		.where(
			and(
				eq(feedbackResponse.workerUserId, workerUserId),
				eq(feedbackResponse.organisationId, organisationId),
				isNotNull(feedbackResponse.batchId)
			)
		)
		.groupBy(feedbackResponse.batchId)
		.having(gt(firstDay, oldest))
		.orderBy(asc(firstDay));
	for (const f of waiting) {
		const target = byStart.find((b) => b.day > f.day);
		if (target?.id) await db.update(feedbackFollowUp).set({ batchId: target.id }).where(eq(feedbackFollowUp.id, f.id));
	}
}
