import { and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionFollowUp,
	membership,
	team,
	teamGroup,
	teamGroupMember,
	teamMember
} from '../db/schema';

export interface OpenFollowUp {
	id: string;
	sessionId: string;
	sessionDate: Date;
	teamName: string;
	methodName: string;
}

/**
 * The actor's open "Wat deed je met het advies?" in an organisation (for the /team hub and the home
 * page): only their own, only for teams they are still in.
 */
export async function findMyFollowUps(actor: Actor, db: Db, organisationId: string): Promise<OpenFollowUp[]> {
	if (actor.kind !== 'user') return [];
	const rows = await db
		.select({
			id: learningSessionFollowUp.id,
			sessionId: learningSession.id,
			sessionDate: learningSession.plannedAt,
			teamName: sql<string>`coalesce(${team.name}, ${teamGroup.name})`,
			method: learningSession.method
		})
		.from(learningSessionFollowUp)
		.innerJoin(membership, eq(membership.id, learningSessionFollowUp.membershipId))
		.innerJoin(learningSession, eq(learningSession.id, learningSessionFollowUp.sessionId))
		.leftJoin(team, eq(team.id, learningSession.teamId))
		.leftJoin(
			teamMember,
			and(eq(teamMember.teamId, team.id), eq(teamMember.membershipId, learningSessionFollowUp.membershipId))
		)
		.leftJoin(teamGroup, eq(teamGroup.id, learningSession.groupId))
		.leftJoin(
			teamGroupMember,
			and(
				eq(teamGroupMember.groupId, teamGroup.id),
				eq(teamGroupMember.membershipId, learningSessionFollowUp.membershipId)
			)
		)
		.where(
			and(
				eq(membership.userId, actor.userId),
				eq(membership.organisationId, organisationId),
				eq(learningSession.organisationId, organisationId),
				isNull(learningSessionFollowUp.answeredAt),
				// still in the session's team or group
				or(isNotNull(teamMember.teamId), isNotNull(teamGroupMember.id))
			)
		)
		.orderBy(asc(learningSession.plannedAt));
	return rows.map(({ method, ...r }) => ({ ...r, methodName: method.name }));
}
