import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceParticipant, adviceSession, adviceTip } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

/** The organisation's sessions, newest first, with counts; for facilitators and (reports) members. */
export async function findAdviceSessions(actor: Actor, db: Db, organisationId: string) {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	return db
		.select({
			id: adviceSession.id,
			code: adviceSession.code,
			question: adviceSession.question,
			phase: adviceSession.phase,
			createdAt: adviceSession.createdAt,
			participants: sql<number>`cast((select count(*) from ${adviceParticipant} where ${adviceParticipant.sessionId} = ${adviceSession.id}) as int)`,
			tips: sql<number>`cast((select count(*) from ${adviceTip} where ${adviceTip.sessionId} = ${adviceSession.id}) as int)`
		})
		.from(adviceSession)
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(desc(adviceSession.createdAt));
}
