import { auditLog } from './db/schema';
import type { Db } from './db/client';
import { actorLabel, type Actor } from './actor';

export interface AuditEntry {
	organisationId: string | null;
	action: string;
	subjectType?: string;
	subjectId?: string | null;
	/** Ids and counts only: never names, feedback text or other personal data. */
	details?: Record<string, unknown>;
}

/** Appends one row to the audit log. Call it inside the same transaction as the change it records. */
export async function writeAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		organisationId: entry.organisationId,
		actorUserId: actor.kind === 'user' ? actor.userId : null,
		actorLabel: actorLabel(actor),
		action: entry.action,
		subjectType: entry.subjectType ?? '',
		subjectId: entry.subjectId ?? null,
		details: entry.details ?? {}
	});
}
