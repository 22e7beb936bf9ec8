import { and, eq } from 'drizzle-orm';
import type { Actor, UserActor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoal } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import type { Membership } from '../organisation/access';
import { requireMember } from './access';
import { m } from '../../paraglide/messages';

// Not a use case: how the goal use cases find the worker and their goal. A goal is its worker's
// alone; everyone else — a colleague, a coach (shares are read through find-shared-with-me.ts), an
// admin, another organisation — gets the same NOT_FOUND as for a goal that does not exist.

export type GoalRow = typeof portfolioGoal.$inferSelect;

const notFound = () => new AppError('NOT_FOUND', m.error_not_found());

/** A member who keeps a development plan: the worker role. */
export async function requirePlanOwner(
	db: Db,
	actor: Actor,
	organisationId: string
): Promise<{ actor: UserActor; membership: Membership }> {
	const found = await requireMember(db, actor, organisationId);
	if (!found.membership.roles.includes('worker')) throw new AppError('FORBIDDEN', m.pfg_error_not_worker());
	return found;
}

/** The actor's own goal in the organisation, else NOT_FOUND. Pass `lock` inside a transaction that changes it. */
export async function requireOwnGoal(
	db: Db,
	actor: Actor,
	options: { organisationId: string; goalId: string },
	lock = false
): Promise<{ actor: UserActor; goal: GoalRow }> {
	const { actor: user } = await requireMember(db, actor, options.organisationId);
	if (!isUuid(options.goalId)) throw notFound();
	const query = db
		.select()
		.from(portfolioGoal)
		.where(
			and(
				eq(portfolioGoal.id, options.goalId),
				eq(portfolioGoal.organisationId, options.organisationId),
				eq(portfolioGoal.workerUserId, user.userId)
			)
		);
	const [goal] = lock ? await query.for('update') : await query;
	if (!goal) throw notFound();
	return { actor: user, goal };
}
