import type { AdviceSessionId } from '../ids';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTip } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/**
 * Clustering: puts tips in themes (null takes a tip out of its theme). The same use case serves the
 * select menus (no JS, keyboard) and drag and drop.
 */
export async function assignAdviceTips(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	assignments: Record<string, string | null>
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const tipIds = Object.keys(assignments);
	await requireSessionIds(db, 'tip', session.id, tipIds);
	await requireSessionIds(
		db,
		'theme',
		session.id,
		Object.values(assignments).filter((v): v is string => !!v)
	);
	const byTheme = new Map<string | null, string[]>();
	for (const [tipId, themeId] of Object.entries(assignments)) {
		byTheme.set(themeId, [...(byTheme.get(themeId) ?? []), tipId]);
	}
	await db.transaction(async (tx) => {
		for (const [themeId, ids] of byTheme) {
			await tx
				.update(adviceTip)
				.set({ themeId })
				.where(and(eq(adviceTip.sessionId, session.id), inArray(adviceTip.id, ids)));
		}
	});
	await publishAdvice(db, session.id, 'themes');
}
