import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkGoal } from '../db/schema';
import { requireAssignedCase, touchCase } from './access';

/** A goal, in the client's own words. */
export async function createNetworkGoal(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { text: string }
): Promise<{ id: string }> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const [row] = await db.insert(networkGoal).values({ caseId, text: input.text }).returning({ id: networkGoal.id });
	await touchCase(db, caseId);
	return row;
}
