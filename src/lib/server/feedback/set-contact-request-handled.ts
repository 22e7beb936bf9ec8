import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { isPrivateLocked } from '../auth/private-lock';
import type { Db } from '../db/client';
import { feedbackContactRequest } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { todayInNL } from '../dates';

/**
 * Ticks a call-back request off ("Afgehandeld", with today's date) or back on. Only the worker it is
 * for: anyone else's id, even a colleague's in the same team, is "not found".
 */
export async function setContactRequestHandled(
	actor: Actor,
	db: Db,
	input: { organisationId: string; contactRequestId: string; handled: boolean },
	now = new Date()
): Promise<{ name: string }> {
	requireUser(actor);
	await requireRole(db, actor, input.organisationId, 'worker');
	if (await isPrivateLocked(db, actor.userId)) throw forbidden(m.error_forbidden());
	const changed = await db
		.update(feedbackContactRequest)
		.set({ handledOn: input.handled ? todayInNL(now) : null })
		.where(
			and(
				eq(feedbackContactRequest.id, input.contactRequestId),
				eq(feedbackContactRequest.workerUserId, actor.userId),
				eq(feedbackContactRequest.organisationId, input.organisationId)
			)
		)
		.returning({ name: feedbackContactRequest.name });
	if (changed.length === 0) throw notFound(m.error_not_found());
	return changed[0];
}
