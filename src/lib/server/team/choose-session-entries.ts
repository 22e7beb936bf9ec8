import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSessionEntry } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireSessionParticipant } from './session-access';
import { publishSession } from './session-live';

/**
 * In a "choice" phase the inbrenger picks the advice (and notes) to take along; without an inbrenger
 * (a leersessie) the voorzitter records what the group chose. The whole set is replaced, so a
 * form without JavaScript sends the ticked boxes and that is the choice.
 */
export async function chooseSessionEntries(
	actor: Actor,
	db: Db,
	sessionId: string,
	input: { entryIds: string[] }
): Promise<void> {
	const { session, isChair, isInbrenger } = await requireSessionParticipant(db, actor, sessionId);
	const chooser = session.inbrengerMembershipId ? isInbrenger : isChair;
	if (!chooser) throw new AppError('FORBIDDEN', m.tsession_error_not_chooser());
	const phase = session.method.phases[session.phaseIndex];
	if ((session.status !== 'running' && session.status !== 'paused') || phase?.produces !== 'choice')
		throw new AppError('CONFLICT', m.tsession_error_not_choosing());
	await db.transaction(async (tx) => {
		const ids = input.entryIds.length ? input.entryIds : ['00000000-0000-0000-0000-000000000000'];
		await tx
			.update(learningSessionEntry)
			.set({ chosen: true })
			.where(and(eq(learningSessionEntry.sessionId, sessionId), inArray(learningSessionEntry.id, ids)));
		await tx
			.update(learningSessionEntry)
			.set({ chosen: false })
			.where(and(eq(learningSessionEntry.sessionId, sessionId), notInArray(learningSessionEntry.id, ids)));
	});
	await publishSession(db, sessionId, 'entries');
}
