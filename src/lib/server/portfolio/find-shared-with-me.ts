import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, portfolioGoal, portfolioShare, user } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireMember } from './access';
import { goalView, type GoalView } from './goal-view';

export interface SharedPlan {
	workerName: string;
	/** The worker shared the whole plan (every goal, also later ones), not only single goals. */
	wholePlan: boolean;
	goals: GoalView[];
}

/**
 * For a coach: exactly what workers of the organisation share with them now, read-only — the goals,
 * their evidence as the worker sees it (without links to the worker's private pages) and the movement
 * figure. Nothing else of the worker. A share taken back is gone at the next request.
 */
export async function findSharedWithMe(actor: Actor, db: Db, organisationId: string): Promise<SharedPlan[]> {
	const { membership: me } = await requireMember(db, actor, organisationId);
	if (!me.roles.includes('coach')) throw new AppError('FORBIDDEN', m.pfg_shared_not_coach());
	const shares = await db
		.select({ workerUserId: portfolioShare.workerUserId, goalId: portfolioShare.goalId, workerName: user.name })
		.from(portfolioShare)
		.innerJoin(user, eq(user.id, portfolioShare.workerUserId))
		// The worker must still be a member: someone who left shares nothing any more.
		.innerJoin(
			membership,
			and(eq(membership.userId, portfolioShare.workerUserId), eq(membership.organisationId, organisationId))
		)
		.where(and(eq(portfolioShare.coachMembershipId, me.id), eq(portfolioShare.organisationId, organisationId)))
		.orderBy(asc(user.name));
	const workers = [...new Map(shares.map((s) => [s.workerUserId, s.workerName])).entries()];
	const plans: SharedPlan[] = [];
	for (const [workerUserId, workerName] of workers) {
		const mine = shares.filter((s) => s.workerUserId === workerUserId);
		const wholePlan = mine.some((s) => s.goalId === null);
		const goalIds = mine.flatMap((s) => (s.goalId ? [s.goalId] : []));
		const goals = await db
			.select()
			.from(portfolioGoal)
			.where(
				and(
					eq(portfolioGoal.organisationId, organisationId),
					eq(portfolioGoal.workerUserId, workerUserId),
					wholePlan ? undefined : goalIds.length ? inArray(portfolioGoal.id, goalIds) : sql`false`
				)
			)
			.orderBy(
				sql`case ${portfolioGoal.status} when 'active' then 0 when 'achieved' then 1 else 2 end`,
				desc(portfolioGoal.createdAt)
			);
		if (!goals.length) continue;
		plans.push({ workerName, wholePlan, goals: await Promise.all(goals.map((g) => goalView(db, g, false))) });
	}
	return plans;
}
