import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkGoal } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/** Removes a goal and its actions. */
export async function deleteNetworkGoal(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	goalId: string
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const deleted = await db
		.delete(networkGoal)
		.where(and(eq(networkGoal.id, goalId), eq(networkGoal.caseId, caseId)))
		.returning({ id: networkGoal.id });
	if (deleted.length === 0) throw notFound();
	await touchCase(db, caseId);
}
