import { and, desc, eq, isNotNull, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse } from '../db/schema';

/** How many of their own released answers a worker is offered to choose from, per share. */
const OFFERED = 30;

/**
 * A worker's own open answers from released batches only (never an answer still waiting for its
 * batch, never another worker's), newest batch first; for a share of one feedback link, that link's
 * answers only. `extra` narrows further (the ids a worker chose).
 */
export function ownReleasedAnswers(
	db: Db,
	options: { workerUserId: string; organisationId: string; requestId: string | null; extra?: SQL }
) {
	return db
		.select({
			responseId: feedbackResponse.id,
			good: feedbackResponse.good,
			better: feedbackResponse.better,
			releasedOn: feedbackBatch.releasedOn
		})
		.from(feedbackResponse)
		.innerJoin(feedbackBatch, eq(feedbackBatch.id, feedbackResponse.batchId))
		.where(
			and(
				eq(feedbackResponse.workerUserId, options.workerUserId),
				eq(feedbackBatch.workerUserId, options.workerUserId),
				eq(feedbackResponse.organisationId, options.organisationId),
				eq(feedbackBatch.organisationId, options.organisationId),
				isNotNull(feedbackResponse.batchId),
				options.requestId ? eq(feedbackResponse.requestId, options.requestId) : undefined,
				or(ne(feedbackResponse.good, ''), ne(feedbackResponse.better, '')),
				options.extra
			)
		)
		.orderBy(desc(feedbackBatch.releasedOn), feedbackResponse.shuffle)
		.limit(OFFERED);
}
