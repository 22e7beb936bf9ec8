import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

export async function renameAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { themeId: string; name: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await requireSessionIds(db, 'theme', session.id, [input.themeId]);
	await db.update(adviceTheme).set({ name: input.name }).where(eq(adviceTheme.id, input.themeId));
	await publishAdvice(db, session.id, 'themes');
}
