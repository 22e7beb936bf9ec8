import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { portfolioGoal, portfolioShare } from '../db/schema';
import { requireOwnGoal } from './goal-access';

/**
 * Deletes the worker's own goal with its evidence links and its shares (cascade): a coach who had it
 * sees it no more, and the audit log says so as for a share taken back. The things it pointed at
 * (reflections, sessions, …) stay.
 */
export async function deleteGoal(
	actor: Actor,
	db: Db,
	options: { organisationId: string; goalId: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		const { goal } = await requireOwnGoal(tx, actor, options, true);
		const shares = await tx
			.select({ id: portfolioShare.id, coachMembershipId: portfolioShare.coachMembershipId })
			.from(portfolioShare)
			.where(eq(portfolioShare.goalId, goal.id));
		for (const share of shares) {
			await writeAudit(tx, actor, {
				organisationId: options.organisationId,
				action: 'portfolio.unshare',
				subjectType: 'portfolio_share',
				subjectId: share.id,
				details: { goalId: goal.id, coachMembershipId: share.coachMembershipId, goalDeleted: true }
			});
		}
		await tx.delete(portfolioGoal).where(eq(portfolioGoal.id, goal.id));
	});
}
