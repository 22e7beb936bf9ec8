import type { AdviceSessionId } from '../ids';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTopIdea } from '../db/schema';
import { todayInNL } from '../dates';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';

/** The organisation's response to a top idea (dated today when first written). */
export async function saveTopIdeaResponse(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { id: string; response: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(adviceTopIdea)
			.set({
				response: input.response,
				respondedOn: input.response ? sql`coalesce(${adviceTopIdea.respondedOn}, ${todayInNL()}::date)` : null
			})
			.where(and(eq(adviceTopIdea.id, input.id), eq(adviceTopIdea.sessionId, session.id)))
			.returning({ id: adviceTopIdea.id });
		if (!row) throw notFound();
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.top_idea.response');
	});
}
