import type { NetworkCaseId } from '../ids';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson, networkTie, type Relation } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireAssignedCase, touchCase } from './access';

/** A relation between two people on the map; setting it again for the same pair replaces it. */
export async function createNetworkTie(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { fromPersonId: string; toPersonId: string; relation: Relation }
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	if (input.fromPersonId === input.toPersonId) {
		throw new AppError('INVALID_INPUT', m.network_error_tie_same(), { toPersonId: m.network_error_tie_same() });
	}
	const found = await db
		.select({ id: networkPerson.id })
		.from(networkPerson)
		.where(and(eq(networkPerson.caseId, caseId), inArray(networkPerson.id, [input.fromPersonId, input.toPersonId])));
	if (found.length !== 2)
		throw new AppError('INVALID_INPUT', m.network_error_person(), { fromPersonId: m.network_error_person() });
	await db.transaction(async (tx) => {
		await tx
			.delete(networkTie)
			.where(
				and(
					eq(networkTie.caseId, caseId),
					or(
						and(eq(networkTie.fromPersonId, input.fromPersonId), eq(networkTie.toPersonId, input.toPersonId)),
						and(eq(networkTie.fromPersonId, input.toPersonId), eq(networkTie.toPersonId, input.fromPersonId))
					)
				)
			);
		await tx.insert(networkTie).values({ caseId, ...input });
	});
	await touchCase(db, caseId);
}
