import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkNote } from '../db/schema';
import { notFound } from '../errors';
import { requireAssignedCase, touchCase } from './access';

export async function deleteNetworkNote(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	noteId: string
): Promise<void> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const deleted = await db
		.delete(networkNote)
		.where(and(eq(networkNote.id, noteId), eq(networkNote.caseId, caseId)))
		.returning({ id: networkNote.id });
	if (deleted.length === 0) throw notFound();
	await touchCase(db, caseId);
}
