import type { NetworkCaseId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { networkCase } from '../db/schema';
import { requireAssignedCase } from './access';

/** Closes a casus: it becomes read-only, and retention deletes it after the organisation's period. */
export async function closeNetworkCase(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	await db.transaction(async (tx) => {
		const now = new Date();
		await tx
			.update(networkCase)
			.set({ status: 'closed', closedAt: now, updatedAt: now })
			.where(eq(networkCase.id, caseId));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'network.close',
			subjectType: 'network_case',
			subjectId: caseId
		});
	});
}
