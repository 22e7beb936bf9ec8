import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit, type AuditEntry } from '../audit';
import type { Db } from '../db/client';
import { membership } from '../db/schema';

/**
 * Not a use case: writes one audit row to every organisation the person belongs to. An account is
 * global, so what happens to it (a password reset) concerns each organisation whose data it opens.
 */
export async function auditEveryOrganisation(
	db: Db,
	actor: Actor,
	userId: string,
	entry: Omit<AuditEntry, 'organisationId'>,
	also: string[] = []
): Promise<void> {
	const rows = await db
		.select({ organisationId: membership.organisationId })
		.from(membership)
		.where(eq(membership.userId, userId));
	const ids = new Set([...rows.map((r) => r.organisationId), ...also]);
	for (const organisationId of ids) await writeAudit(db, actor, { ...entry, organisationId });
}

/** The organisations an account belongs to. */
export async function organisationsOf(db: Db, userId: string): Promise<string[]> {
	const rows = await db
		.select({ organisationId: membership.organisationId })
		.from(membership)
		.where(eq(membership.userId, userId));
	return rows.map((r) => r.organisationId);
}
