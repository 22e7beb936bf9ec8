import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceParticipant } from '../db/schema';
import { todayInNL } from '../dates';
import { hashToken, newToken } from '../tokens';
import { publishParticipantsChanged } from './live';
import { findSessionAndParticipant } from './participant';
import { ParticipantError } from './participant-error';

/** A room of a few hundred phones fits easily; a script that keeps joining does not. */
const MAX_PARTICIPANTS = 5000;

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
	if (n >= MAX_PARTICIPANTS) throw new ParticipantError({ reason: 'full' });
	const secret = newToken();
	const [row] = await db
		.insert(adviceParticipant)
		.values({ sessionId: session.id, secretHash: hashToken(secret), groupKey: input.groupKey, joinedOn: todayInNL() })
		.returning({ id: adviceParticipant.id });
	await publishParticipantsChanged(db, session.id);
	return { secret, participantId: row.id };
}
