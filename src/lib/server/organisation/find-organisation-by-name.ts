import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { organisation } from '../db/schema';
import { AppError, forbidden } from '../errors';

/** For the command line only: an organisation's id by its exact name (names are what operators type). */
export async function findOrganisationByName(actor: Actor, db: Db, name: string): Promise<string> {
	if (actor.kind !== 'system') throw forbidden();
	const rows = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
	if (rows.length === 0) throw new AppError('NOT_FOUND', `Geen organisatie met de naam "${name}".`);
	if (rows.length > 1) throw new AppError('CONFLICT', `Er zijn ${rows.length} organisaties met de naam "${name}".`);
	return rows[0].id;
}
