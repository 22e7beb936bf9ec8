import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkNote, type NoteKind } from '../db/schema';
import { requireAssignedCase, touchCase } from './access';

/** A line in the familiegroepsplan: a zorg, or something that goes well. */
export async function createNetworkNote(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { kind: NoteKind; text: string }
): Promise<{ id: string }> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const [row] = await db
		.insert(networkNote)
		.values({ caseId, ...input })
		.returning({ id: networkNote.id });
	await touchCase(db, caseId);
	return row;
}
