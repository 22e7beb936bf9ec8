import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { dilemmaReflection, learningSession } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireOwnDilemma } from './dilemma-access';

/**
 * The writer takes their dilemma back from a session, as long as the session has not started. Once it
 * runs the group is working with it: then it stays (CONFLICT).
 */
export async function takeBackDilemma(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dilemmaId: string }
): Promise<void> {
	const own = await requireOwnDilemma(db, actor, options);
	if (!own.sessionId) return;
	const [s] = await db
		.select({ status: learningSession.status })
		.from(learningSession)
		.where(eq(learningSession.id, own.sessionId));
	if (s && s.status !== 'planned') throw new AppError('CONFLICT', m.dilemma_error_started());
	await db
		.update(dilemmaReflection)
		.set({ sessionId: null, updatedAt: new Date() })
		.where(eq(dilemmaReflection.id, own.id));
}
