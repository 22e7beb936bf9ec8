import type { AdviceSessionId } from '../ids';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTopIdea } from '../db/schema';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice, requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/**
 * A top idea (new or changed): the facilitator words it with supporting quotes. What the organisation
 * does with it follows in save-top-idea-response.ts and save-advice-action.ts.
 */
export async function saveTopIdea(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { id: string | null; themeId: string | null; wording: string; quoteTipIds: string[] }
): Promise<{ id: string }> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	if (input.themeId) await requireSessionIds(db, 'theme', session.id, [input.themeId]);
	await requireSessionIds(db, 'tip', session.id, input.quoteTipIds);
	const values = { themeId: input.themeId, wording: input.wording, quoteTipIds: [...new Set(input.quoteTipIds)] };
	const id = await db.transaction(async (tx) => {
		if (input.id) {
			const [row] = await tx
				.update(adviceTopIdea)
				.set(values)
				.where(and(eq(adviceTopIdea.id, input.id), eq(adviceTopIdea.sessionId, session.id)))
				.returning({ id: adviceTopIdea.id });
			if (!row) throw notFound();
			return row.id;
		}
		const [{ next }] = await tx
			.select({ next: sql<number>`cast(coalesce(max(${adviceTopIdea.position}), 0) + 1 as int)` })
			.from(adviceTopIdea)
			.where(eq(adviceTopIdea.sessionId, session.id));
		const [row] = await tx
			.insert(adviceTopIdea)
			.values({ sessionId: session.id, position: next, ...values })
			.returning({ id: adviceTopIdea.id });
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.top_idea.create');
		return row.id;
	});
	await publishAdvice(db, session.id, 'themes');
	return { id };
}
