import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { organisationJoinDomain } from '../db/schema';
import { requireRole } from './access';

/** The e-mail domains whose people may join by signing in with their work account. Admins only. */
export async function findJoinDomains(actor: Actor, db: Db, organisationId: string): Promise<string[]> {
	await requireRole(db, actor, organisationId, 'admin');
	const rows = await db
		.select({ domain: organisationJoinDomain.domain })
		.from(organisationJoinDomain)
		.where(eq(organisationJoinDomain.organisationId, organisationId))
		.orderBy(asc(organisationJoinDomain.domain));
	return rows.map((r) => r.domain);
}
