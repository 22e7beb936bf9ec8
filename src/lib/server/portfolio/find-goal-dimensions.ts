import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requirePlanOwner } from './goal-access';
import { goalDimensions, type GoalDimension } from './goal-dimensions';

/** The feedback topics the worker's own goal may be about (their mirror's dimensions). */
export async function findGoalDimensions(actor: Actor, db: Db, organisationId: string): Promise<GoalDimension[]> {
	const { actor: worker } = await requirePlanOwner(db, actor, organisationId);
	return goalDimensions(db, worker.userId, organisationId);
}
