import type { AdviceSessionId } from '../ids';
import { and, count, eq, inArray, notExists } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceParticipant, adviceTip, adviceVote } from '../db/schema';
import { todayInNL } from '../dates';
import { hashToken, newToken } from '../tokens';
import { publishParticipantsChanged } from './live';
import { findSessionAndParticipant } from './participant';
import { ParticipantError } from './participant-error';

/** The most phones one session holds: a national session fits. */
export const MAX_PARTICIPANTS = 5000;

/**
 * Frees the seat of one participant who never sent a tip nor placed a dot, for a new phone in a full
 * room: a wave of scripted joins cannot shut real participants out. Whoever loses the seat joins
 * again with one tap, as after `removeSilentParticipants`; nothing of theirs is lost.
 */
async function freeSilentSeat(db: Db, sessionId: AdviceSessionId): Promise<boolean> {
	const silent = db
		.select({ id: adviceParticipant.id })
		.from(adviceParticipant)
		.where(
			and(
				eq(adviceParticipant.sessionId, sessionId),
				notExists(
					db.select({ one: adviceTip.id }).from(adviceTip).where(eq(adviceTip.participantId, adviceParticipant.id))
				),
				notExists(
					db
						.select({ one: adviceVote.themeId })
						.from(adviceVote)
						.where(eq(adviceVote.participantId, adviceParticipant.id))
				)
			)
		)
		.limit(1)
		.for('update', { skipLocked: true });
	const freed = await db
		.delete(adviceParticipant)
		.where(inArray(adviceParticipant.id, silent))
		.returning({ id: adviceParticipant.id });
	return freed.length > 0;
}

/**
 * A browser joins with the group it picks, once. No name, no IP: the browser keeps a random secret
 * (returned here, set as a cookie by the route); we store its hash and the day only.
 */
export async function joinAdviceSession(
	code: string,
	db: Db,
	input: { groupKey: string; secret?: string }
): Promise<{ secret: string; participantId: string }> {
	const { session, participant: existing } = await findSessionAndParticipant(code, db, input.secret);
	if (session.phase === 'closed') throw new ParticipantError({ reason: 'closed' });
	if (session.phase === 'preparing') throw new ParticipantError({ reason: 'notStarted' });
	if (existing) return { secret: input.secret!, participantId: existing.id };
	if (session.joinsLocked) throw new ParticipantError({ reason: 'locked' });
	if (!session.groups.some((g) => g.key === input.groupKey)) {
		throw new ParticipantError({ reason: 'group' });
	}
	const [{ n }] = await db
		.select({ n: count() })
		.from(adviceParticipant)
		.where(eq(adviceParticipant.sessionId, session.id));
	if (n >= MAX_PARTICIPANTS && !(await freeSilentSeat(db, session.id))) {
		throw new ParticipantError({ reason: 'full' });
	}
	const secret = newToken();
	const [row] = await db
		.insert(adviceParticipant)
		.values({ sessionId: session.id, secretHash: hashToken(secret), groupKey: input.groupKey, joinedOn: todayInNL() })
		.returning({ id: adviceParticipant.id });
	await publishParticipantsChanged(db, session.id);
	return { secret, participantId: row.id };
}
