import type { AdviceSessionId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceAction } from '../db/schema';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';

export async function deleteAdviceAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { id: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const gone = await db
		.delete(adviceAction)
		.where(and(eq(adviceAction.id, input.id), eq(adviceAction.sessionId, session.id)))
		.returning({ id: adviceAction.id });
	if (gone.length === 0) throw notFound();
	await auditAdvice(db, actor, organisationId, session.id, 'advice.action.delete');
}
