import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme, adviceTip, adviceVote } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';
import { auditAdvice, requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/**
 * The theme operations of the clustering step: create (optionally from selected tips: "split"),
 * rename, merge one theme into another, delete. They share the session check and the live event,
 * so they live together here.
 */
export async function createAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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

export async function renameAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
	input: { themeId: string; name: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await requireSessionIds(db, 'theme', session.id, [input.themeId]);
	await db.update(adviceTheme).set({ name: input.name }).where(eq(adviceTheme.id, input.themeId));
	await publishAdvice(db, session.id, 'themes');
}

/** Merges `fromId` into `intoId`: its tips and its dots move over (a participant's dots add up). */
export async function mergeAdviceThemes(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
	input: { fromId: string; intoId: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	if (input.fromId === input.intoId) throw new AppError('INVALID_INPUT', m.advice_error_merge_same());
	await requireSessionIds(db, 'theme', session.id, [input.fromId, input.intoId]);
	await db.transaction(async (tx) => {
		await tx.update(adviceTip).set({ themeId: input.intoId }).where(eq(adviceTip.themeId, input.fromId));
		await tx.execute(sql`
			insert into ${adviceVote} (participant_id, theme_id, session_id, dots)
			select participant_id, ${input.intoId}, session_id, dots from ${adviceVote} where theme_id = ${input.fromId}
			on conflict (participant_id, theme_id) do update set dots = ${adviceVote}.dots + excluded.dots
		`);
		await tx.delete(adviceTheme).where(eq(adviceTheme.id, input.fromId));
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.themes.merge');
	});
	await publishAdvice(db, session.id, 'themes');
}

/** Deletes a theme; its tips go back to "no theme" and the dots on it return to their owners. */
export async function deleteAdviceTheme(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: string,
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
