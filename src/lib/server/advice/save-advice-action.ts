import type { AdviceSessionId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceAction, adviceTopIdea, type AdviceActionStatus } from '../db/schema';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';

export interface ActionInput {
	topIdeaId: string;
	id: string | null;
	what: string;
	who: string;
	dueOn: string | null;
	status: AdviceActionStatus;
}

export async function saveAdviceAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: ActionInput
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const [idea] = await db
		.select({ id: adviceTopIdea.id })
		.from(adviceTopIdea)
		.where(and(eq(adviceTopIdea.id, input.topIdeaId), eq(adviceTopIdea.sessionId, session.id)));
	if (!idea) throw notFound();
	const values = { what: input.what, who: input.who, dueOn: input.dueOn, status: input.status };
	await db.transaction(async (tx) => {
		if (input.id) {
			const [row] = await tx
				.update(adviceAction)
				.set(values)
				.where(and(eq(adviceAction.id, input.id), eq(adviceAction.topIdeaId, idea.id)))
				.returning({ id: adviceAction.id });
			if (!row) throw notFound();
		} else {
			await tx.insert(adviceAction).values({ topIdeaId: idea.id, sessionId: session.id, ...values });
		}
		await auditAdvice(
			tx,
			actor,
			organisationId,
			session.id,
			input.id ? 'advice.action.update' : 'advice.action.create'
		);
	});
}
