import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { learningSession, learningSessionParticipant, membership, team, teamMember } from '../db/schema';

export interface BringableSession {
	id: string;
	teamName: string;
	theme: string;
	methodName: string;
	plannedAt: Date;
}

/**
 * Not a use case: the learning sessions a worker may bring a dilemma to — sessions of a team they are
 * still in, that they are invited to, and that have not started yet.
 */
export async function bringableSessions(db: Db, userId: string, organisationId: string): Promise<BringableSession[]> {
	const rows = await db
		.select({
			id: learningSession.id,
			teamName: team.name,
			theme: learningSession.theme,
			method: learningSession.method,
			plannedAt: learningSession.plannedAt
		})
		.from(learningSession)
		.innerJoin(team, eq(team.id, learningSession.teamId))
		.innerJoin(learningSessionParticipant, eq(learningSessionParticipant.sessionId, learningSession.id))
		.innerJoin(
			membership,
			and(
				eq(membership.id, learningSessionParticipant.membershipId),
				eq(membership.organisationId, learningSession.organisationId)
			)
		)
		.innerJoin(
			teamMember,
			and(eq(teamMember.teamId, learningSession.teamId), eq(teamMember.membershipId, membership.id))
		)
		.where(
			and(
				eq(learningSession.organisationId, organisationId),
				eq(learningSession.status, 'planned'),
				eq(membership.userId, userId)
			)
		)
		.orderBy(asc(learningSession.plannedAt))
		.limit(50);
	return rows.map((r) => ({
		id: r.id,
		teamName: r.teamName,
		theme: r.theme,
		methodName: r.method.name,
		plannedAt: r.plannedAt
	}));
}
