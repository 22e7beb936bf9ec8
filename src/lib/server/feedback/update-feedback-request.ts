import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackRequest, type RequestStatus } from '../db/schema';
import { AppError } from '../errors';
import { requireOwnRequest } from './access';
import { m } from '../../paraglide/messages';

/** Pauses, reopens or closes one of the worker's own requests. Closed is final. */
export async function updateFeedbackRequest(
	actor: Actor,
	db: Db,
	organisationId: string,
	requestId: string,
	input: { status: RequestStatus }
): Promise<void> {
	const row = await requireOwnRequest(actor, db, organisationId, requestId);
	if (row.status === 'closed' && input.status !== 'closed') {
		throw new AppError('CONFLICT', m.feedback_error_closed_final());
	}
	await db.update(feedbackRequest).set({ status: input.status }).where(eq(feedbackRequest.id, requestId));
}
