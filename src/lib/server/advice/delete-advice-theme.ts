import type { AdviceSessionId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { auditAdvice, requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/** Deletes a theme; its tips go back to "no theme" and the dots on it return to their owners. */
export async function deleteAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { themeId: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await requireSessionIds(db, 'theme', session.id, [input.themeId]);
	await db.transaction(async (tx) => {
		await tx.delete(adviceTheme).where(and(eq(adviceTheme.id, input.themeId), eq(adviceTheme.sessionId, session.id)));
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.themes.delete');
	});
	await publishAdvice(db, session.id, 'themes');
}
