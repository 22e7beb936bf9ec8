import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, learningSessionParticipant, membership, team, teamGroup, user } from '../db/schema';
import { netMinutes } from '../../team/session';

/**
 * One line of attendance: evidence a register asks for. The id is the participant row's, stable for
 * as long as the session exists, so a portfolio line can point at it without retyping anything.
 */
export interface AttendanceLine {
	id: string;
	sessionId: string;
	organisationId: string;
	teamName: string;
	/** The day it took place (Dutch time is for the page to format). */
	startedAt: Date;
	endedAt: Date;
	/** From start to end, breaks excluded. */
	netMinutes: number;
	methodRef: string;
	methodName: string;
	chairName: string | null;
	/** Everyone who confirmed their presence, the actor included. */
	participants: string[];
}

/**
 * The actor's own attendance lines: ended sessions, in any organisation, where they confirmed their
 * presence themselves. Nobody else's (a coach or an admin asking gets only their own).
 */
export async function findMyAttendance(actor: Actor, db: Db): Promise<AttendanceLine[]> {
	if (actor.kind !== 'user') return [];
	const chair = alias(membership, 'chair');
	const chairUser = alias(user, 'chair_user');
	const rows = await db
		.select({
			id: learningSessionParticipant.id,
			session: learningSession,
			teamName: sql<string>`coalesce(${team.name}, ${teamGroup.name})`,
			chairName: chairUser.name
		})
		.from(learningSessionParticipant)
		.innerJoin(membership, eq(membership.id, learningSessionParticipant.membershipId))
		.innerJoin(learningSession, eq(learningSession.id, learningSessionParticipant.sessionId))
		.leftJoin(team, eq(team.id, learningSession.teamId))
		.leftJoin(teamGroup, eq(teamGroup.id, learningSession.groupId))
		.leftJoin(chair, eq(chair.id, learningSession.chairMembershipId))
		.leftJoin(chairUser, eq(chairUser.id, chair.userId))
		.where(
			and(
				eq(membership.userId, actor.userId),
				eq(membership.organisationId, learningSession.organisationId),
				eq(learningSession.status, 'ended'),
				isNotNull(learningSessionParticipant.presentAt)
			)
		)
		.orderBy(asc(learningSession.startedAt));
	if (!rows.length) return [];
	const present = await db
		.select({ sessionId: learningSessionParticipant.sessionId, name: user.name })
		.from(learningSessionParticipant)
		.innerJoin(membership, eq(membership.id, learningSessionParticipant.membershipId))
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				inArray(
					learningSessionParticipant.sessionId,
					rows.map((r) => r.session.id)
				),
				isNotNull(learningSessionParticipant.presentAt)
			)
		)
		.orderBy(asc(user.name));
	return rows.map((r) => ({
		id: r.id,
		sessionId: r.session.id,
		organisationId: r.session.organisationId,
		teamName: r.teamName,
		startedAt: r.session.startedAt!,
		endedAt: r.session.endedAt!,
		netMinutes: netMinutes(r.session),
		methodRef: r.session.methodRef,
		methodName: r.session.method.name,
		chairName: r.chairName,
		participants: present.filter((p) => p.sessionId === r.session.id).map((p) => p.name)
	}));
}
