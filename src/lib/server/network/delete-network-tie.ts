import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkTie } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

export async function deleteNetworkTie(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	tieId: string
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const deleted = await db
		.delete(networkTie)
		.where(and(eq(networkTie.id, tieId), eq(networkTie.caseId, caseId)))
		.returning({ id: networkTie.id });
	if (deleted.length === 0) throw notFound();
	await touchCase(db, caseId);
}
