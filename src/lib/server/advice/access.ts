import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession } from '../db/schema';
import { notFound } from '../errors';
import { isUuid, type AdviceSessionId } from '../ids';
import { requireRole, requireUser } from '../organisation/access';

export type AdviceSessionRow = typeof adviceSession.$inferSelect;

/**
 * Facilitators of the organisation run its sessions together (one prepares, another may lead the
 * meeting). Anyone else, and every other organisation, gets NOT_FOUND.
 */
export async function requireFacilitatedSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<AdviceSessionRow> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'facilitator');
	return findOrgSession(db, organisationId, sessionId);
}

/** The report is shared inside the organisation: every member may read it (PRODUCT.md privacy model). */
export async function requireMemberSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<AdviceSessionRow> {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	return findOrgSession(db, organisationId, sessionId);
}

async function findOrgSession(db: Db, organisationId: string, sessionId: AdviceSessionId): Promise<AdviceSessionRow> {
	if (!isUuid(sessionId)) throw notFound();
	const [row] = await db
		.select()
		.from(adviceSession)
		.where(and(eq(adviceSession.id, sessionId), eq(adviceSession.organisationId, organisationId)));
	if (!row) throw notFound();
	return row;
}
