import { and, desc, eq, lt } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import { requireRole } from './access';

export type AuditRow = typeof auditLog.$inferSelect;

/** The organisation's audit log, newest first, 50 at a time (`before` pages back). Admins only. */
export async function findAuditLog(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: { before?: Date; limit?: number } = {}
): Promise<AuditRow[]> {
	await requireRole(db, actor, organisationId, 'admin');
	const limit = Math.min(options.limit ?? 50, 200);
	return db
		.select()
		.from(auditLog)
		.where(
			and(
				eq(auditLog.organisationId, organisationId),
				options.before ? lt(auditLog.createdAt, options.before) : undefined
			)
		)
		.orderBy(desc(auditLog.createdAt))
		.limit(limit);
}
