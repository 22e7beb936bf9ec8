import { and, eq } from 'drizzle-orm';
import { isUuid, type NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkCase, networkCaseWorker } from '../db/schema';
import { AppError, notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';

export type NetworkCaseRow = typeof networkCase.$inferSelect;

/**
 * A casus opens only for the workers assigned to it (PRODUCT.md, privacy model): being in the same
 * team is not enough, and an admin or coach sees no content. Anyone else gets NOT_FOUND, so an id does
 * not even reveal that the casus exists. With `write`, a closed casus is read-only (CONFLICT).
 */
export async function requireAssignedCase(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	options: { write?: boolean } = {}
): Promise<NetworkCaseRow> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	if (!isUuid(caseId)) throw notFound();
	const [row] = await db
		.select({ c: networkCase })
		.from(networkCase)
		.innerJoin(
			networkCaseWorker,
			and(eq(networkCaseWorker.caseId, networkCase.id), eq(networkCaseWorker.userId, actor.userId))
		)
		.where(and(eq(networkCase.id, caseId), eq(networkCase.organisationId, organisationId)));
	if (!row) throw notFound();
	if (options.write && row.c.status === 'closed') throw new AppError('CONFLICT', m.network_error_closed());
	return row.c;
}

/** Marks the casus as changed now (the list shows the latest change first). */
export async function touchCase(db: Db, caseId: NetworkCaseId): Promise<void> {
	await db.update(networkCase).set({ updatedAt: new Date() }).where(eq(networkCase.id, caseId));
}
