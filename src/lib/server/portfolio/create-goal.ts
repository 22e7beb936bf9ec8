import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoal } from '../db/schema';
import type { GoalInput } from '../../validation/portfolio-goal';
import { requirePlanOwner } from './goal-access';
import { checkGoalDimension } from './goal-dimensions';

/** A new learning goal in the worker's own plan: private until they share it. */
export async function createGoal(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: GoalInput
): Promise<{ id: string }> {
	const { actor: worker } = await requirePlanOwner(db, actor, organisationId);
	await checkGoalDimension(db, worker.userId, organisationId, input.dimension);
	const [row] = await db
		.insert(portfolioGoal)
		.values({ organisationId, workerUserId: worker.userId, ...input })
		.returning({ id: portfolioGoal.id });
	return row;
}
