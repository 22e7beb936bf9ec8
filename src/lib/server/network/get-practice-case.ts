import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkCase, networkCaseWorker } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';

/**
 * "Mijn eigen netwerk" (seed 003, tip 4): the worker's own practice map, made on first use. Only this
 * worker is ever assigned to it; it cannot be shared.
 */
export async function getPracticeCase(actor: Actor, db: Db, organisationId: string): Promise<{ id: NetworkCaseId }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const [found] = await db
		.select({ id: networkCase.id })
		.from(networkCase)
		.innerJoin(networkCaseWorker, eq(networkCaseWorker.caseId, networkCase.id))
		.where(
			and(
				eq(networkCase.organisationId, organisationId),
				eq(networkCase.kind, 'practice'),
				eq(networkCase.status, 'open'),
				eq(networkCaseWorker.userId, actor.userId)
			)
		);
	if (found) return found;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(networkCase)
			.values({ organisationId, kind: 'practice', label: m.network_practice_label(), createdByUserId: actor.userId })
			.returning({ id: networkCase.id });
		await tx.insert(networkCaseWorker).values({ caseId: row.id, userId: actor.userId });
		return row;
	});
}
