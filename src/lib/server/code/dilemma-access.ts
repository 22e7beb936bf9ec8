import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { dilemmaReflection } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';

export type DilemmaRow = typeof dilemmaReflection.$inferSelect;

/**
 * Not a use case: a dilemma reflection for its writer. Anyone else — a coach, an admin, a session
 * participant outside the session page, another organisation — gets NOT_FOUND.
 */
export async function requireOwnDilemma(
	db: Db,
	actor: Actor,
	options: { organisationId: string; dilemmaId: string }
): Promise<DilemmaRow> {
	if (actor.kind !== 'user' || !isUuid(options.dilemmaId)) throw new AppError('NOT_FOUND', m.error_not_found());
	await requireRole(db, actor, options.organisationId);
	const [row] = await db
		.select()
		.from(dilemmaReflection)
		.where(
			and(
				eq(dilemmaReflection.id, options.dilemmaId),
				eq(dilemmaReflection.organisationId, options.organisationId),
				eq(dilemmaReflection.workerUserId, actor.userId)
			)
		);
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	return row;
}
