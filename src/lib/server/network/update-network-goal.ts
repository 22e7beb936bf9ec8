import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkGoal } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/** Re-words a goal or records how it is going, in a later conversation. */
export async function updateNetworkGoal(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: string,
	goalId: string,
	input: { text: string; evaluation: string }
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const updated = await db
		.update(networkGoal)
		.set(input)
		.where(and(eq(networkGoal.id, goalId), eq(networkGoal.caseId, caseId)))
		.returning({ id: networkGoal.id });
	if (updated.length === 0) throw notFound();
	await touchCase(db, caseId);
}
