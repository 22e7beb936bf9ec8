import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse, reflection } from '../db/schema';
import { notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';

export const QUOTE_FIELDS = ['good', 'better', 'followUp'] as const;

/**
 * A private note by the worker on one of their released batches, or on one quote in it. The batch or
 * response must be the worker's own and released; anything else is NOT_FOUND.
 */
export async function createReflection(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: {
		text: string;
		batchId?: string | null;
		responseId?: string | null;
		quoteField?: (typeof QUOTE_FIELDS)[number] | null;
	}
): Promise<{ id: string }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	let batchId = input.batchId ?? null;
	if (input.responseId) {
		const [r] = await db
			.select({ batchId: feedbackResponse.batchId })
			.from(feedbackResponse)
			.where(
				and(
					eq(feedbackResponse.id, input.responseId),
					eq(feedbackResponse.workerUserId, actor.userId),
					eq(feedbackResponse.organisationId, organisationId),
					isNotNull(feedbackResponse.batchId)
				)
			);
		if (!r) throw notFound();
		batchId = r.batchId;
	} else if (batchId) {
		const [b] = await db
			.select({ id: feedbackBatch.id })
			.from(feedbackBatch)
			.where(
				and(
					eq(feedbackBatch.id, batchId),
					eq(feedbackBatch.workerUserId, actor.userId),
					eq(feedbackBatch.organisationId, organisationId)
				)
			);
		if (!b) throw notFound();
	}
	const [row] = await db
		.insert(reflection)
		.values({
			organisationId,
			workerUserId: actor.userId,
			batchId,
			responseId: input.responseId ?? null,
			quoteField: input.responseId ? (input.quoteField ?? null) : null,
			text: input.text
		})
		.returning({ id: reflection.id });
	return row;
}
