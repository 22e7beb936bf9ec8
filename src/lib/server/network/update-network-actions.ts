import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkAction, type ActionStatus } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/**
 * Sets the status of several actions at once: the plan page's one save (no JavaScript), so a
 * status changed on one action is never lost by saving another. All or nothing: an action of
 * another casus or organisation makes the whole save NOT_FOUND.
 */
export async function updateNetworkActions(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	changes: { actionId: string; status: ActionStatus }[]
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	if (changes.length === 0) return;
	await db.transaction(async (tx) => {
		for (const { actionId, status } of changes) {
			const updated = await tx
				.update(networkAction)
				.set({ status })
				.where(and(eq(networkAction.id, actionId), eq(networkAction.caseId, caseId)))
				.returning({ id: networkAction.id });
			if (updated.length === 0) throw notFound();
		}
		await touchCase(tx, caseId);
	});
}
