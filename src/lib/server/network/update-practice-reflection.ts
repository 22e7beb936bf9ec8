import type { NetworkCaseId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkCase } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireAssignedCase } from './access';

/**
 * "Sta stil bij wat het met je doet" (seed 003, tip 4): the worker's own thoughts on mapping their own
 * network. Only on the practice map, which only its worker can open; never in a print or download.
 */
export async function updatePracticeReflection(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { reflection: string }
): Promise<void> {
	const caseFile = await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	if (caseFile.kind !== 'practice') throw new AppError('CONFLICT', m.network_practice_reflection_error());
	await db
		.update(networkCase)
		.set({ reflection: input.reflection, updatedAt: new Date() })
		.where(eq(networkCase.id, caseId));
}
