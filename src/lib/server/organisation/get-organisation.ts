import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { organisation } from '../db/schema';
import { notFound } from '../errors';
import { requireRole } from './access';

export type Organisation = typeof organisation.$inferSelect;

/** Any member may read their organisation's settings. */
export async function getOrganisation(actor: Actor, db: Db, organisationId: string): Promise<Organisation> {
	await requireRole(db, actor, organisationId);
	const [row] = await db.select().from(organisation).where(eq(organisation.id, organisationId));
	if (!row) throw notFound();
	return row;
}
