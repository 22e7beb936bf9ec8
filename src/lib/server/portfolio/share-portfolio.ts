import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { membership, portfolioShare } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireOwnGoal, requirePlanOwner } from './goal-access';

/**
 * The worker shares one goal (goalId) or the whole plan (goalId null) with a coach of their
 * organisation. Only the worker can; the coach must hold the coach role there. Audited with ids only.
 */
export async function sharePortfolio(
	actor: Actor,
	db: Db,
	options: { organisationId: string; coachMembershipId: string; goalId: string | null }
): Promise<void> {
	const { organisationId, coachMembershipId, goalId } = options;
	await db.transaction(async (tx) => {
		const { actor: worker } = goalId
			? await requireOwnGoal(tx, actor, { organisationId, goalId })
			: await requirePlanOwner(tx, actor, organisationId);
		const coach = isUuid(coachMembershipId)
			? (
					await tx
						.select({ id: membership.id })
						.from(membership)
						.where(
							and(
								eq(membership.id, coachMembershipId),
								eq(membership.organisationId, organisationId),
								ne(membership.userId, worker.userId),
								sql`'coach' = any(${membership.roles})`
							)
						)
				)[0]
			: undefined;
		if (!coach) throw new AppError('INVALID_INPUT', m.pfg_error_coach(), { coachMembershipId: m.pfg_error_coach() });
		const [share] = await tx
			.insert(portfolioShare)
			.values({ organisationId, workerUserId: worker.userId, coachMembershipId: coach.id, goalId })
			.onConflictDoNothing()
			.returning({ id: portfolioShare.id });
		if (!share) return;
		await writeAudit(tx, actor, {
			organisationId,
			action: 'portfolio.share',
			subjectType: 'portfolio_share',
			subjectId: share.id,
			details: { goalId, coachMembershipId: coach.id }
		});
	});
}
