import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, learningSessionParticipant, membership } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireOwnerMember } from './session-owner';

type LearningSessionRow = typeof learningSession.$inferSelect;

export interface SessionAccess {
	session: LearningSessionRow;
	/** The name of the session's team or group. */
	teamName: string;
	/** The actor's membership in the session's organisation. */
	membershipId: string;
	/** The actor's participant row: the id of their attendance line. */
	participantId: string;
	isChair: boolean;
	isInbrenger: boolean;
}

/**
 * A session and what it holds (casus, notes, advice, take-aways) is for its participants, the
 * voorzitter among them. Anyone else — a team member who was not invited, another team, another
 * organisation, an admin — gets NOT_FOUND. The actor must still be in the session's team or group:
 * someone who left it no longer opens its sessions (their attendance lines stay theirs).
 */
export async function requireSessionParticipant(db: Db, actor: Actor, sessionId: string): Promise<SessionAccess> {
	if (actor.kind !== 'user' || !isUuid(sessionId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select({ session: learningSession, participantId: learningSessionParticipant.id, membershipId: membership.id })
		.from(learningSession)
		.innerJoin(learningSessionParticipant, eq(learningSessionParticipant.sessionId, learningSession.id))
		.innerJoin(
			membership,
			and(
				eq(membership.id, learningSessionParticipant.membershipId),
				eq(membership.organisationId, learningSession.organisationId)
			)
		)
		.where(and(eq(learningSession.id, sessionId), eq(membership.userId, actor.userId)));
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	const owner = await requireOwnerMember(db, actor, row.session);
	return {
		session: row.session,
		teamName: owner.ownerName,
		membershipId: row.membershipId,
		participantId: row.participantId,
		isChair: row.session.chairMembershipId === row.membershipId,
		isInbrenger: row.session.inbrengerMembershipId === row.membershipId
	};
}

/** Only the voorzitter moves the group through the phases. */
export async function requireSessionChair(db: Db, actor: Actor, sessionId: string): Promise<SessionAccess> {
	const access = await requireSessionParticipant(db, actor, sessionId);
	if (!access.isChair) throw new AppError('FORBIDDEN', m.tsession_error_not_chair());
	return access;
}
