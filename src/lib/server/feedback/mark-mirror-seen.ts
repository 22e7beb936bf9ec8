import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackMirrorSeen } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { todayInNL } from '../dates';

/**
 * The worker opened their mirror today: the home page counts only the groups of reactions released
 * after this day as new (get-home-overview.ts). A whole day, never a time.
 */
export async function markMirrorSeen(actor: Actor, db: Db, organisationId: string, now = new Date()): Promise<void> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const seenOn = todayInNL(now);
	await db
		.insert(feedbackMirrorSeen)
		.values({ workerUserId: actor.userId, organisationId, seenOn })
		.onConflictDoUpdate({
			target: [feedbackMirrorSeen.workerUserId, feedbackMirrorSeen.organisationId],
			set: { seenOn }
		});
}
