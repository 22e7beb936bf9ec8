import { count, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackCard } from '../db/schema';
import { requireOwnRequest, type FeedbackRequestRow } from './access';

/** One of the worker's own requests, with how many cards were printed (not how many were used). */
export async function getFeedbackRequest(
	actor: Actor,
	db: Db,
	organisationId: string,
	requestId: string
): Promise<FeedbackRequestRow & { cards: number }> {
	const row = await requireOwnRequest(actor, db, organisationId, requestId);
	const [{ n }] = await db.select({ n: count() }).from(feedbackCard).where(eq(feedbackCard.requestId, requestId));
	return { ...row, cards: n };
}
