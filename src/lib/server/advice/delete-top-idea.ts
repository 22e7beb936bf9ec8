import type { AdviceSessionId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTopIdea } from '../db/schema';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';
import { publishAdvice } from './live';

export async function deleteTopIdea(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { id: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const gone = await db
		.delete(adviceTopIdea)
		.where(and(eq(adviceTopIdea.id, input.id), eq(adviceTopIdea.sessionId, session.id)))
		.returning({ id: adviceTopIdea.id });
	if (gone.length === 0) throw notFound();
	await auditAdvice(db, actor, organisationId, session.id, 'advice.top_idea.delete');
	await publishAdvice(db, session.id, 'themes');
}
