import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackMedia, feedbackResponse } from '../db/schema';
import { notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';

/** A spoken or filmed answer: playable only by the worker it is about, and only once released. */
export async function getFeedbackMedia(
	actor: Actor,
	db: Db,
	organisationId: string,
	responseId: string
): Promise<{ mimeType: string; bytes: Buffer }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const [row] = await db
		.select({ mimeType: feedbackMedia.mimeType, bytes: feedbackMedia.bytes })
		.from(feedbackMedia)
		.innerJoin(feedbackResponse, eq(feedbackResponse.id, feedbackMedia.responseId))
		.where(
			and(
				eq(feedbackMedia.responseId, responseId),
				eq(feedbackResponse.workerUserId, actor.userId),
				eq(feedbackResponse.organisationId, organisationId),
				isNotNull(feedbackResponse.batchId)
			)
		);
	if (!row) throw notFound();
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.media_play',
		subjectType: 'feedback_response',
		subjectId: responseId
	});
	return row;
}
