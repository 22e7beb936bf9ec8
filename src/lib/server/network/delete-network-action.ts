import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkAction } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

export async function deleteNetworkAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	actionId: string
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const deleted = await db
		.delete(networkAction)
		.where(and(eq(networkAction.id, actionId), eq(networkAction.caseId, caseId)))
		.returning({ id: networkAction.id });
	if (deleted.length === 0) throw notFound();
	await touchCase(db, caseId);
}
