import type { AdviceSessionId } from '../ids';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme, adviceTip } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/**
 * A new theme in the clustering step, optionally made from selected tips ("split"). Its siblings:
 * rename-advice-theme.ts, merge-advice-themes.ts, delete-advice-theme.ts.
 */
export async function createAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { name: string; tipIds?: string[] }
): Promise<{ id: string }> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const tipIds = input.tipIds ?? [];
	await requireSessionIds(db, 'tip', session.id, tipIds);
	const id = await db.transaction(async (tx) => {
		const [{ next }] = await tx
			.select({ next: sql<number>`cast(coalesce(max(${adviceTheme.position}), -1) + 1 as int)` })
			.from(adviceTheme)
			.where(eq(adviceTheme.sessionId, session.id));
		const [row] = await tx
			.insert(adviceTheme)
			.values({ sessionId: session.id, name: input.name, position: next })
			.returning({ id: adviceTheme.id });
		if (tipIds.length) await tx.update(adviceTip).set({ themeId: row.id }).where(inArray(adviceTip.id, tipIds));
		return row.id;
	});
	await publishAdvice(db, session.id, 'themes');
	return { id };
}
