import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { requireMember } from './access';
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
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	if (!isUuid(options.activityId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select()
		.from(portfolioActivity)
		.where(
			and(
				eq(portfolioActivity.id, options.activityId),
				eq(portfolioActivity.organisationId, options.organisationId),
				eq(portfolioActivity.workerUserId, worker.userId)
			)
		);
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	return row;
}
