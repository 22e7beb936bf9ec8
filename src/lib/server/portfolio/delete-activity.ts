import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { requireOwnActivity } from './activity-access';

/** The worker deletes a line of their own log; a suggested line becomes a suggestion again. */
export async function deleteActivity(
	actor: Actor,
	db: Db,
	options: { organisationId: string; activityId: string }
): Promise<void> {
	const own = await requireOwnActivity(db, actor, options);
	await db.delete(portfolioActivity).where(eq(portfolioActivity.id, own.id));
}
