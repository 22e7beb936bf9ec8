import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { portfolioShare } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireMember } from './access';

/** The worker takes a share back: the row goes, so the coach sees it no more from the next request on. */
export async function takeBackShare(
	actor: Actor,
	db: Db,
	options: { organisationId: string; shareId: string }
): Promise<void> {
	const { organisationId, shareId } = options;
	await db.transaction(async (tx) => {
		const { actor: worker } = await requireMember(tx, actor, organisationId);
		if (!isUuid(shareId)) throw new AppError('NOT_FOUND', m.error_not_found());
		const [removed] = await tx
			.delete(portfolioShare)
			.where(
				and(
					eq(portfolioShare.id, shareId),
					eq(portfolioShare.organisationId, organisationId),
					eq(portfolioShare.workerUserId, worker.userId)
				)
			)
			.returning();
		if (!removed) throw new AppError('NOT_FOUND', m.error_not_found());
		await writeAudit(tx, actor, {
			organisationId,
			action: 'portfolio.unshare',
			subjectType: 'portfolio_share',
			subjectId: removed.id,
			details: { goalId: removed.goalId, coachMembershipId: removed.coachMembershipId }
		});
	});
}
