import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse, organisation, user } from '../db/schema';
import { logger } from '../logger';
import { nextDay, todayInNL } from '../dates';
import {
	lockWorker,
	reorderedFollowUp,
	reorderedResponse,
	reorderWorkerDays,
	vacuumResidentTables
} from './reordering';

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

/**
 * `releaseBatches` for several workers at once (the team mirror's first view of a quarter, ADR 0015):
 * one query finds the workers who have anything waiting, only they take the release lock and run the
 * release, and the tables are vacuumed once at the end rather than once per worker. A worker with
 * nothing waiting gets exactly what `releaseBatches` would have done for them: nothing.
 */
export async function releaseBatchesOf(
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

/** One worker's release in its own transaction; returns how many rows were rewritten first. */
async function releaseWorker(db: Db, workerUserId: string, organisationId: string, today: string): Promise<number> {
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
				gathered = [];
				size = 0;
			}
		}
		await releaseFollowUps(tx as unknown as Db, workerUserId, organisationId);
		return rewritten;
	});
	return moved.responses + moved.followUps;
}

async function vacuumAfterRewrite(db: Db): Promise<void> {
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
