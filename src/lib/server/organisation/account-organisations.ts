import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit, type AuditEntry } from '../audit';
import type { Db } from '../db/client';
import { membership } from '../db/schema';

/**
 * Not use cases: the organisations an account belongs to. An account is global, so what happens to it
 * (a password reset) concerns each organisation whose data it opens.
 */

/** The organisations an account belongs to. */
export async function organisationsOf(db: Db, userId: string): Promise<string[]> {
	const rows = await db
		.select({ organisationId: membership.organisationId })
		.from(membership)
		.where(eq(membership.userId, userId));
	return rows.map((r) => r.organisationId);
}

/** Writes one audit row to every organisation the person belongs to (and to those in `also`). */
export async function auditEveryOrganisation(
	db: Db,
	actor: Actor,
	userId: string,
	entry: Omit<AuditEntry, 'organisationId'>,
	also: string[] = []
): Promise<void> {
	const ids = new Set([...(await organisationsOf(db, userId)), ...also]);
	for (const organisationId of ids) await writeAudit(db, actor, { ...entry, organisationId });
}
