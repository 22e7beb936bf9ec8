import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { portfolioGoalEvidence } from '../db/schema';
import type { GoalStatus } from '../../portfolio/model';
import type { GoalRow } from './goal-access';
import { describeEvidence, type DescribedEvidence } from './evidence-targets';
import { goalDimensions } from './goal-dimensions';
import { goalMovement, type GoalMovement } from './goal-movement';

// Not a use case: one goal as its page shows it, to the worker or (read-only, through a share) to a
// coach. The same figures for both: what the coach sees is exactly what the worker sees.

export interface GoalView {
	id: string;
	title: string;
	description: string;
	status: GoalStatus;
	reviewOn: string | null;
	dimension: string | null;
	dimensionLabel: string | null;
	lookBack: string;
	createdAt: Date;
	evidence: DescribedEvidence[];
	/** How residents' released scores on the dimension moved since the goal was set; null without a dimension. */
	movement: GoalMovement | null;
}

export async function goalView(db: Db, goal: GoalRow, forWorker: boolean): Promise<GoalView> {
	const scope = { workerUserId: goal.workerUserId, organisationId: goal.organisationId };
	const rows = await db
		.select()
		.from(portfolioGoalEvidence)
		.where(eq(portfolioGoalEvidence.goalId, goal.id))
		.orderBy(asc(portfolioGoalEvidence.createdAt), asc(portfolioGoalEvidence.id));
	const dims = goal.dimension ? await goalDimensions(db, scope.workerUserId, scope.organisationId) : [];
	return {
		id: goal.id,
		title: goal.title,
		description: goal.description,
		status: goal.status,
		reviewOn: goal.reviewOn,
		dimension: goal.dimension,
		dimensionLabel: goal.dimension ? (dims.find((d) => d.key === goal.dimension)?.label ?? goal.dimension) : null,
		lookBack: goal.lookBack,
		createdAt: goal.createdAt,
		evidence: await describeEvidence(db, scope, rows, forWorker ? 'worker' : 'coach'),
		movement: goal.dimension
			? await goalMovement(db, { ...scope, dimension: goal.dimension, setAt: goal.createdAt })
			: null
	};
}
