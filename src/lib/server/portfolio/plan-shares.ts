import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { membership, portfolioGoal, portfolioShare, user } from '../db/schema';

// Not a use case: the worker's own shares, with the coach's name, for the plan and goal pages.

export interface PlanShare {
	id: string;
	coachName: string;
	/** Null: the whole plan. */
	goalId: string | null;
	goalTitle: string | null;
}

export async function planShares(
	db: Db,
	scope: { workerUserId: string; organisationId: string }
): Promise<PlanShare[]> {
	return db
		.select({
			id: portfolioShare.id,
			coachName: user.name,
			goalId: portfolioShare.goalId,
			goalTitle: portfolioGoal.title
		})
		.from(portfolioShare)
		.innerJoin(membership, eq(membership.id, portfolioShare.coachMembershipId))
		.innerJoin(user, eq(user.id, membership.userId))
		.leftJoin(portfolioGoal, eq(portfolioGoal.id, portfolioShare.goalId))
		.where(
			and(eq(portfolioShare.workerUserId, scope.workerUserId), eq(portfolioShare.organisationId, scope.organisationId))
		)
		.orderBy(asc(user.name), asc(portfolioShare.createdAt));
}
