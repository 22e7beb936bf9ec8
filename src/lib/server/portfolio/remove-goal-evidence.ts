import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoalEvidence } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireOwnGoal } from './goal-access';

/** Unties one piece of evidence from the worker's own goal; the thing itself stays. */
export async function removeGoalEvidence(
	actor: Actor,
	db: Db,
	options: { organisationId: string; goalId: string; evidenceId: string }
): Promise<void> {
	const { goal } = await requireOwnGoal(db, actor, options);
	if (!isUuid(options.evidenceId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const removed = await db
		.delete(portfolioGoalEvidence)
		.where(and(eq(portfolioGoalEvidence.id, options.evidenceId), eq(portfolioGoalEvidence.goalId, goal.id)))
		.returning({ id: portfolioGoalEvidence.id });
	if (!removed.length) throw new AppError('NOT_FOUND', m.error_not_found());
}
