import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoal } from '../db/schema';
import type { GoalInput } from '../../validation/portfolio-goal';
import { requireOwnGoal } from './goal-access';
import { checkGoalDimension } from './goal-dimensions';

/** Changes the worker's own goal; anyone else gets NOT_FOUND. The day it was set stays. */
export async function updateGoal(
	actor: Actor,
	db: Db,
	options: { organisationId: string; goalId: string },
	input: GoalInput
): Promise<void> {
	const { actor: worker, goal } = await requireOwnGoal(db, actor, options);
	await checkGoalDimension(db, worker.userId, options.organisationId, input.dimension);
	await db
		.update(portfolioGoal)
		.set({ ...input, updatedAt: new Date() })
		.where(eq(portfolioGoal.id, goal.id));
}
