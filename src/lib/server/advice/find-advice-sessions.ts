import { count, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceParticipant, adviceSession, adviceTip } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

/** The organisation's sessions, newest first, with counts; for facilitators and (reports) members. */
export async function findAdviceSessions(actor: Actor, db: Db, organisationId: string) {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	// Counted per session in grouped subqueries: a correlated `select count(*) … where session_id = id`
	// in a sql template renders both columns unqualified, so "id" meant the inner table's own id (always 0).
	const participants = db
		.select({ sessionId: adviceParticipant.sessionId, n: count().as('participant_count') })
		.from(adviceParticipant)
		.groupBy(adviceParticipant.sessionId)
		.as('participants');
	const tips = db
		.select({ sessionId: adviceTip.sessionId, n: count().as('tip_count') })
		.from(adviceTip)
		.groupBy(adviceTip.sessionId)
		.as('tips');
	return db
		.select({
			id: adviceSession.id,
			code: adviceSession.code,
			question: adviceSession.question,
			phase: adviceSession.phase,
			createdAt: adviceSession.createdAt,
			participants: sql<number>`cast(coalesce(${participants.n}, 0) as int)`,
			tips: sql<number>`cast(coalesce(${tips.n}, 0) as int)`
		})
		.from(adviceSession)
		.leftJoin(participants, eq(participants.sessionId, adviceSession.id))
		.leftJoin(tips, eq(tips.sessionId, adviceSession.id))
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(desc(adviceSession.createdAt));
}
