import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoal, portfolioGoalEvidence } from '../db/schema';
import { todayInNL } from '../dates';
import type { GoalStatus } from '../../portfolio/model';
import { requirePlanOwner } from './goal-access';
import { planShares, type PlanShare } from './plan-shares';

interface GoalSummary {
	id: string;
	title: string;
	status: GoalStatus;
	reviewOn: string | null;
	/** Still active and the day to look back has passed. */
	overdue: boolean;
	evidenceCount: number;
}

export interface Plan {
	goals: GoalSummary[];
	shares: PlanShare[];
}

/** The worker's own development plan: their goals (active first, then by look-back day) and what they share. */
export async function findGoals(actor: Actor, db: Db, organisationId: string, now = new Date()): Promise<Plan> {
	const { actor: worker } = await requirePlanOwner(db, actor, organisationId);
	const today = todayInNL(now);
	const rows = await db
		.select({
			id: portfolioGoal.id,
			title: portfolioGoal.title,
			status: portfolioGoal.status,
			reviewOn: portfolioGoal.reviewOn,
			evidenceCount: sql<number>`cast(count(${portfolioGoalEvidence.id}) as int)`
		})
		.from(portfolioGoal)
		.leftJoin(portfolioGoalEvidence, eq(portfolioGoalEvidence.goalId, portfolioGoal.id))
		.where(and(eq(portfolioGoal.organisationId, organisationId), eq(portfolioGoal.workerUserId, worker.userId)))
		.groupBy(portfolioGoal.id)
		.orderBy(
			sql`case ${portfolioGoal.status} when 'active' then 0 when 'achieved' then 1 else 2 end`,
			sql`${portfolioGoal.reviewOn} asc nulls last`,
			desc(portfolioGoal.createdAt),
			asc(portfolioGoal.id)
		);
	return {
		goals: rows.map((r) => ({
			...r,
			evidenceCount: Number(r.evidenceCount),
			overdue: r.status === 'active' && r.reviewOn !== null && r.reviewOn < today
		})),
		shares: await planShares(db, { workerUserId: worker.userId, organisationId })
	};
}
