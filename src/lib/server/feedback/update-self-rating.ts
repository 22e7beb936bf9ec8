import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { selfRating } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { quarterOf, todayInNL } from '../dates';

/** The worker rates themselves on the same dimensions, for the current quarter (one per quarter). */
export async function updateSelfRating(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: { scores: Record<string, number | null> },
	today = todayInNL()
): Promise<void> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const quarter = quarterOf(today);
	await db
		.insert(selfRating)
		.values({ organisationId, workerUserId: actor.userId, quarter, scores: input.scores })
		.onConflictDoUpdate({
			target: [selfRating.organisationId, selfRating.workerUserId, selfRating.quarter],
			set: { scores: input.scores, updatedAt: new Date() }
		});
}
