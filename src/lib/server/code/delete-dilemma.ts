import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { dilemmaReflection } from '../db/schema';
import { requireOwnDilemma } from './dilemma-access';

/** The writer deletes their dilemma reflection (and with it its links). */
export async function deleteDilemma(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dilemmaId: string }
): Promise<void> {
	const own = await requireOwnDilemma(db, actor, options);
	await db.delete(dilemmaReflection).where(eq(dilemmaReflection.id, own.id));
}
