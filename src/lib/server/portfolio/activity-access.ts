import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';

export type ActivityRow = typeof portfolioActivity.$inferSelect;

/**
 * Not a use case: a log line for the worker who wrote it. Anyone else (a colleague, a coach, an admin,
 * another organisation) gets the same NOT_FOUND as for a line that does not exist.
 */
export async function requireOwnActivity(
	db: Db,
	actor: Actor,
	options: { organisationId: string; activityId: string }
): Promise<ActivityRow> {
	if (actor.kind !== 'user' || !isUuid(options.activityId)) throw new AppError('NOT_FOUND', m.error_not_found());
	await requireRole(db, actor, options.organisationId);
	const [row] = await db
		.select()
		.from(portfolioActivity)
		.where(
			and(
				eq(portfolioActivity.id, options.activityId),
				eq(portfolioActivity.organisationId, options.organisationId),
				eq(portfolioActivity.workerUserId, actor.userId)
			)
		);
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	return row;
}
