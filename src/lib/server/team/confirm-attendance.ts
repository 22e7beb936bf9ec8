import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSessionParticipant } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireSessionParticipant } from './session-access';
import { publishSession } from './session-live';

/**
 * "Ik ben erbij": a participant confirms their own presence with one tap, once the session has
 * started (also afterwards, for who forgot). Nobody confirms for someone else.
 */
export async function confirmAttendance(actor: Actor, db: Db, sessionId: string): Promise<void> {
	const { session, participantId } = await requireSessionParticipant(db, actor, sessionId);
	if (session.status === 'planned') throw new AppError('CONFLICT', m.tsession_error_not_started());
	const rows = await db
		.update(learningSessionParticipant)
		.set({ presentAt: new Date() })
		.where(and(eq(learningSessionParticipant.id, participantId), isNull(learningSessionParticipant.presentAt)))
		.returning({ id: learningSessionParticipant.id });
	if (rows.length) await publishSession(db, sessionId, 'attendance');
}
