import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson, type Energy, type Relation, type Ring, type Sector, type Support } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

export interface NetworkPersonPatch {
	name?: string;
	remark?: string;
	/** Placing in the netwerkcirkel: both set, or both null (back to "not placed yet"). */
	sector?: Sector | null;
	ring?: Ring | null;
	relation?: Relation | null;
	energy?: Energy | null;
	supports?: Support[];
}

/** Changes one person: their line on the groslijst, their place in the circle or their ecogram relation. */
export async function updateNetworkPerson(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	personId: string,
	patch: NetworkPersonPatch
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
	if (Object.keys(changes).length === 0) return;
	const updated = await db
		.update(networkPerson)
		.set(changes)
		.where(and(eq(networkPerson.id, personId), eq(networkPerson.caseId, caseId)))
		.returning({ id: networkPerson.id });
	if (updated.length === 0) throw notFound();
	await touchCase(db, caseId);
}
