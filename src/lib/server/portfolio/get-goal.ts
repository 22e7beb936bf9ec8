import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { todayInNL } from '../dates';
import { requireOwnGoal } from './goal-access';
import { goalView, type GoalView } from './goal-view';
import { planShares, type PlanShare } from './plan-shares';

export interface OwnGoal extends GoalView {
	overdue: boolean;
	/** Who sees this goal: shares of this goal, and shares of the whole plan. */
	shares: PlanShare[];
}

/** The worker's own goal with its evidence, the movement of residents' scores and who sees it. */
export async function getGoal(
	actor: Actor,
	db: Db,
	options: { organisationId: string; goalId: string },
	now = new Date()
): Promise<OwnGoal> {
	const { actor: worker, goal } = await requireOwnGoal(db, actor, options);
	const view = await goalView(db, goal, true);
	const shares = await planShares(db, { workerUserId: worker.userId, organisationId: options.organisationId });
	return {
		...view,
		overdue: goal.status === 'active' && goal.reviewOn !== null && goal.reviewOn < todayInNL(now),
		shares: shares.filter((s) => s.goalId === null || s.goalId === goal.id)
	};
}
