import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { dilemmaReflection } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireOwnDilemma } from './dilemma-access';
import { bringableSessions } from './dilemma-sessions';

/**
 * The writer brings their dilemma to a learning session of their team that has not started: its
 * participants then read it on the session page, and nowhere else. A session the writer is not
 * invited to, or one that started, is NOT_FOUND.
 */
export async function bringDilemma(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dilemmaId: string; sessionId: string }
): Promise<void> {
	const own = await requireOwnDilemma(db, actor, options);
	if (own.sessionId) throw new AppError('CONFLICT', m.dilemma_error_already_brought());
	const sessions = await bringableSessions(db, own.workerUserId, options.organisationId);
	if (!sessions.some((s) => s.id === options.sessionId)) throw new AppError('NOT_FOUND', m.dilemma_error_session());
	await db
		.update(dilemmaReflection)
		.set({ sessionId: options.sessionId, updatedAt: new Date() })
		.where(eq(dilemmaReflection.id, own.id));
}
