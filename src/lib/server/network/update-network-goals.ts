import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkGoal } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

/**
 * Re-words several goals at once: the plan page's one form (no JavaScript), so a goal's text or
 * evaluation typed but not saved is never lost by pressing another button on the plan. All or
 * nothing: a goal of another casus or organisation makes the whole save NOT_FOUND.
 */
export async function updateNetworkGoals(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	changes: { goalId: string; text: string; evaluation: string }[]
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	if (changes.length === 0) return;
	await db.transaction(async (tx) => {
		for (const { goalId, text, evaluation } of changes) {
			const updated = await tx
				.update(networkGoal)
				.set({ text, evaluation })
				.where(and(eq(networkGoal.id, goalId), eq(networkGoal.caseId, caseId)))
				.returning({ id: networkGoal.id });
			if (updated.length === 0) throw notFound();
		}
		await touchCase(tx, caseId);
	});
}
