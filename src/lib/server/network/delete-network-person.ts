import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/** Takes a person off the map, with their ties and the actions they were to do. Versions keep them. */
export async function deleteNetworkPerson(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	personId: string
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const deleted = await db
		.delete(networkPerson)
		.where(and(eq(networkPerson.id, personId), eq(networkPerson.caseId, caseId)))
		.returning({ id: networkPerson.id });
	if (deleted.length === 0) throw notFound();
	await touchCase(db, caseId);
}
