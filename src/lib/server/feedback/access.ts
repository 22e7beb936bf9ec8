import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackRequest } from '../db/schema';
import { notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';

export type FeedbackRequestRow = typeof feedbackRequest.$inferSelect;

/**
 * A feedback request belongs to one worker. Not even an admin or the worker's coach may open it:
 * anyone else gets NOT_FOUND (privacy model, PRODUCT.md).
 */
export async function requireOwnRequest(
	actor: Actor,
	db: Db,
	organisationId: string,
	requestId: string
): Promise<FeedbackRequestRow> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const [row] = await db
		.select()
		.from(feedbackRequest)
		.where(
			and(
				eq(feedbackRequest.id, requestId),
				eq(feedbackRequest.organisationId, organisationId),
				eq(feedbackRequest.workerUserId, actor.userId)
			)
		);
	if (!row) throw notFound();
	return row;
}
