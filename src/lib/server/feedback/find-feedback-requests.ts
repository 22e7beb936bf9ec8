import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackCard, feedbackRequest } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

export interface FeedbackRequestSummary {
	id: string;
	token: string;
	label: string;
	firstName: string;
	status: string;
	createdAt: Date;
	cards: number;
}

/**
 * The worker's own requests. Deliberately without response counts per request: a count that goes up
 * right after a visit would tell the worker who answered, which the batches are there to prevent.
 */
export async function findFeedbackRequests(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<FeedbackRequestSummary[]> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	return db
		.select({
			id: feedbackRequest.id,
			token: feedbackRequest.token,
			label: feedbackRequest.label,
			firstName: feedbackRequest.firstName,
			status: feedbackRequest.status,
			createdAt: feedbackRequest.createdAt,
			cards: sql<number>`cast(count(${feedbackCard.code}) as int)`
		})
		.from(feedbackRequest)
		.leftJoin(feedbackCard, eq(feedbackCard.requestId, feedbackRequest.id))
		.where(and(eq(feedbackRequest.organisationId, organisationId), eq(feedbackRequest.workerUserId, actor.userId)))
		.groupBy(feedbackRequest.id)
		.orderBy(desc(feedbackRequest.createdAt));
}
