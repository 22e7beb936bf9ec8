import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceAction, adviceTopIdea, type AdviceActionStatus } from '../db/schema';
import { todayInNL } from '../feedback/dates';
import { notFound } from '../errors';
import { requireFacilitatedSession } from './access';
import { auditAdvice, requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/**
 * Top ideas and what the organisation does with them: the facilitator words each top idea with
 * supporting quotes, and later records the organisation's response and its follow-up actions.
 */
export async function saveTopIdea(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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

export async function deleteTopIdea(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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

/** The organisation's response to a top idea (dated today when first written). */
export async function saveTopIdeaResponse(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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
	sessionId: string,
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

export async function deleteAdviceAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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
