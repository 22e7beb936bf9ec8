import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';
import type { NetworkPersonPatch } from './update-network-person';

/**
 * Changes several people at once: the one "Alles opslaan" of the ecogram or the netwerkcirkel (no
 * JavaScript), so a change in one card is never lost by saving another. All or nothing: a person
 * who is not in this casus (another casus, another organisation) makes the whole save NOT_FOUND.
 */
export async function updateNetworkPersons(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	changes: { personId: string; patch: NetworkPersonPatch }[]
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	if (changes.length === 0) return;
	await db.transaction(async (tx) => {
		for (const { personId, patch } of changes) {
			const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
			if (Object.keys(set).length === 0) continue;
			const updated = await tx
				.update(networkPerson)
				.set(set)
				.where(and(eq(networkPerson.id, personId), eq(networkPerson.caseId, caseId)))
				.returning({ id: networkPerson.id });
			if (updated.length === 0) throw notFound();
		}
		await touchCase(tx, caseId);
	});
}
