import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkAction, type ActionStatus } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/** Sets an action's status in a later conversation: open, bezig, gedaan, gestopt. */
export async function updateNetworkAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	actionId: string,
	input: { status: ActionStatus }
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const updated = await db
		.update(networkAction)
		.set({ status: input.status })
		.where(and(eq(networkAction.id, actionId), eq(networkAction.caseId, caseId)))
		.returning({ id: networkAction.id });
	if (updated.length === 0) throw notFound();
	await touchCase(db, caseId);
}
