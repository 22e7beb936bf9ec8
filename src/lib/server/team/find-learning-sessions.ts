import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, learningSessionParticipant, membership, user, type SessionStatus } from '../db/schema';
import { requireOwnerMember, sameOwner, type SessionOwnerRef } from './session-owner';

export interface LearningSessionSummary {
	id: string;
	theme: string;
	methodName: string;
	plannedAt: Date;
	status: SessionStatus;
	phaseTitle: string | null;
	phaseEndsAt: Date | null;
	chairName: string | null;
	participants: number;
	isChair: boolean;
}

/**
 * The sessions of a team (or a learning group across teams) that the actor takes part in: planned and running ones first (soonest
 * first), then ended ones (newest first). Sessions the actor is not invited to do not show, not even
 * their date: what a session is about is for its participants.
 */
export async function findLearningSessions(
	actor: Actor,
	db: Db,
	owner: SessionOwnerRef
): Promise<{ upcoming: LearningSessionSummary[]; ended: LearningSessionSummary[] }> {
	const access = await requireOwnerMember(db, actor, owner);
	const chair = alias(membership, 'chair');
	const chairUser = alias(user, 'chair_user');
	const rows = await db
		.select({
			id: learningSession.id,
			theme: learningSession.theme,
			method: learningSession.method,
			plannedAt: learningSession.plannedAt,
			status: learningSession.status,
			phaseIndex: learningSession.phaseIndex,
			phaseEndsAt: learningSession.phaseEndsAt,
			chairMembershipId: learningSession.chairMembershipId,
			chairName: chairUser.name
		})
		.from(learningSession)
		.innerJoin(
			learningSessionParticipant,
			and(
				eq(learningSessionParticipant.sessionId, learningSession.id),
				eq(learningSessionParticipant.membershipId, access.membershipId)
			)
		)
		.leftJoin(chair, eq(chair.id, learningSession.chairMembershipId))
		.leftJoin(chairUser, eq(chairUser.id, chair.userId))
		.where(sameOwner(access))
		.orderBy(
			sql`case when ${learningSession.status} = 'ended' then 1 else 0 end`,
			asc(learningSession.plannedAt),
			desc(learningSession.createdAt)
		);
	const counts = rows.length
		? await db
				.select({ sessionId: learningSessionParticipant.sessionId, n: count() })
				.from(learningSessionParticipant)
				.where(
					inArray(
						learningSessionParticipant.sessionId,
						rows.map((r) => r.id)
					)
				)
				.groupBy(learningSessionParticipant.sessionId)
		: [];
	const summaries = rows.map((r) => {
		const live = r.status === 'running' || r.status === 'paused';
		return {
			id: r.id,
			theme: r.theme,
			methodName: r.method.name,
			plannedAt: r.plannedAt,
			status: r.status,
			phaseTitle: live ? (r.method.phases[r.phaseIndex]?.title ?? null) : null,
			phaseEndsAt: live ? r.phaseEndsAt : null,
			chairName: r.chairName,
			participants: counts.find((c) => c.sessionId === r.id)?.n ?? 0,
			isChair: r.chairMembershipId === access.membershipId
		};
	});
	return {
		upcoming: summaries.filter((s) => s.status !== 'ended'),
		ended: summaries.filter((s) => s.status === 'ended').reverse()
	};
}
