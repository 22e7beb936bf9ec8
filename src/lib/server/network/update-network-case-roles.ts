import type { NetworkCaseId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkCase, type ClientRole } from '../db/schema';
import { requireAssignedCase } from './access';

export interface NetworkCaseRoles {
	roles: ClientRole[];
	/** One more role in the client's own words; empty for none. */
	other: string;
}

/**
 * Records the roles the client has in life (seed 003: "ouder, buurvrouw, mantelzorger, werknemer of
 * vrijwilliger"); on the practice map, the worker's own. Only a worker on the casus, never on a closed one.
 */
export async function updateNetworkCaseRoles(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: NetworkCaseRoles
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	await db
		.update(networkCase)
		.set({ clientRoles: [...new Set(input.roles)], clientRoleOther: input.other.trim(), updatedAt: new Date() })
		.where(eq(networkCase.id, caseId));
}
