import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, learningSessionFollowUp, learningSessionParticipant, membership } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireOwnerMember, sameOwner } from './session-owner';

/**
 * The inbrenger answers "Wat deed je met het advies?". The answer opens the next session of the same
 * team or group (session-owner.ts) that the inbrenger takes part in and that has not started yet (if none is planned, the next
 * one planned picks it up: create-learning-session.ts). Only the inbrenger answers, and may change
 * the answer later.
 */
export async function answerFollowUp(
	actor: Actor,
	db: Db,
	input: { followUpId: string; answer: string }
): Promise<{ nextSessionId: string | null }> {
	if (actor.kind !== 'user') throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select({
			followUp: learningSessionFollowUp,
			teamId: learningSession.teamId,
			groupId: learningSession.groupId,
			plannedAt: learningSession.plannedAt
		})
		.from(learningSessionFollowUp)
		.innerJoin(membership, eq(membership.id, learningSessionFollowUp.membershipId))
		.innerJoin(learningSession, eq(learningSession.id, learningSessionFollowUp.sessionId))
		.where(and(eq(learningSessionFollowUp.id, input.followUpId), eq(membership.userId, actor.userId)));
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	await requireOwnerMember(db, actor, row);
	let nextSessionId = row.followUp.nextSessionId;
	if (!nextSessionId) {
		const [next] = await db
			.select({ id: learningSession.id })
			.from(learningSession)
			.innerJoin(learningSessionParticipant, eq(learningSessionParticipant.sessionId, learningSession.id))
			.where(
				and(
					sameOwner(row),
					eq(learningSession.status, 'planned'),
					eq(learningSessionParticipant.membershipId, row.followUp.membershipId)
				)
			)
			.orderBy(asc(learningSession.plannedAt))
			.limit(1);
		nextSessionId = next?.id ?? null;
	}
	await db
		.update(learningSessionFollowUp)
		.set({ answer: input.answer, answeredAt: new Date(), nextSessionId })
		.where(eq(learningSessionFollowUp.id, row.followUp.id));
	return { nextSessionId };
}
