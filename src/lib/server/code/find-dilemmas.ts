import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { dilemmaReflection, learningSession } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

export interface DilemmaSummary {
	id: string;
	title: string;
	updatedAt: Date;
	/** When it is brought to a session: the day of that session. */
	sessionAt: Date | null;
}

/** The actor's own dilemma reflections, newest first. Nobody else's, not even for an admin. */
export async function findDilemmas(actor: Actor, db: Db, organisationId: string): Promise<DilemmaSummary[]> {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	return db
		.select({
			id: dilemmaReflection.id,
			title: dilemmaReflection.title,
			updatedAt: dilemmaReflection.updatedAt,
			sessionAt: learningSession.plannedAt
		})
		.from(dilemmaReflection)
		.leftJoin(learningSession, eq(learningSession.id, dilemmaReflection.sessionId))
		.where(and(eq(dilemmaReflection.organisationId, organisationId), eq(dilemmaReflection.workerUserId, actor.userId)))
		.orderBy(desc(dilemmaReflection.updatedAt))
		.limit(200);
}
