import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackRequest } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { newToken } from '../tokens';

export interface NewFeedbackRequest {
	label: string;
	firstName: string;
	address: 'je' | 'u';
}

/** A worker makes a personal feedback link (cards with one-time codes are made when printed). */
export async function createFeedbackRequest(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: NewFeedbackRequest
): Promise<{ id: string; token: string }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const token = newToken();
	const [row] = await db
		.insert(feedbackRequest)
		.values({
			organisationId,
			workerUserId: actor.userId,
			token,
			label: input.label,
			firstName: input.firstName,
			address: input.address
		})
		.returning({ id: feedbackRequest.id });
	return { id: row.id, token };
}
