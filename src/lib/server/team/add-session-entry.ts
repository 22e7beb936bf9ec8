import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSessionEntry } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireSessionParticipant } from './session-access';
import { publishSession } from './session-live';

/**
 * A participant writes down a note, question or advice in the current phase (as the phase's
 * `produces` says). Only while the session runs or has a break, and only in a phase that produces
 * something: what is written hangs on the phase it was written in.
 */
export async function addSessionEntry(
	actor: Actor,
	db: Db,
	sessionId: string,
	input: { text: string }
): Promise<{ id: string }> {
	const { session, membershipId } = await requireSessionParticipant(db, actor, sessionId);
	const phase = session.method.phases[session.phaseIndex];
	if ((session.status !== 'running' && session.status !== 'paused') || !phase || phase.produces === 'nothing')
		throw new AppError('CONFLICT', m.tsession_error_not_writing());
	const [row] = await db
		.insert(learningSessionEntry)
		.values({
			sessionId,
			phaseKey: phase.key,
			kind: phase.produces,
			text: input.text,
			authorMembershipId: membershipId
		})
		.returning({ id: learningSessionEntry.id });
	await publishSession(db, sessionId, 'entries');
	return row;
}
