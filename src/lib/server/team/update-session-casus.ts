import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireSessionParticipant } from './session-access';
import { publishSession } from './session-live';

/** The inbrenger prepares the casus with three guided questions, until the session has ended. */
export async function updateSessionCasus(
	actor: Actor,
	db: Db,
	sessionId: string,
	input: { happened: string; did: string; learn: string }
): Promise<void> {
	const { session, isInbrenger } = await requireSessionParticipant(db, actor, sessionId);
	if (!isInbrenger) throw new AppError('FORBIDDEN', m.tsession_error_not_inbrenger());
	if (session.status === 'ended') throw new AppError('CONFLICT', m.tsession_error_ended());
	await db
		.update(learningSession)
		.set({ casusHappened: input.happened, casusDid: input.did, casusLearn: input.learn })
		.where(eq(learningSession.id, sessionId));
	await publishSession(db, sessionId, 'casus');
}
