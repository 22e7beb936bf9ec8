import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeArticle, codeRoundReaction } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import type { CodeReactionInput } from '../../validation/code-round';
import { ensureRespondent, requireVisitorRound, type RoundVisitor } from './code-round-access';

export interface SavedReaction {
	/** For an open-link visitor's first reaction: the new respondent token to keep in a cookie. */
	respondentToken: string | null;
	/** The number of the next article in reading order, null after the last (or for the general reaction). */
	nextNumber: string | null;
}

/**
 * Saves (or replaces) the visitor's reaction on one article, by its stable id, or on the whole text
 * (issue 17). Only while the round is open. A second save on the same article replaces the first.
 */
export async function saveCodeReaction(
	visitor: RoundVisitor,
	db: Db,
	input: CodeReactionInput,
	now = new Date()
): Promise<SavedReaction> {
	const found = await requireVisitorRound(db, visitor);
	const status = roundStatus(found.round, now);
	if (status === 'closed') throw new AppError('CONFLICT', m.code_round_error_closed());
	if (status === 'planned') throw new AppError('CONFLICT', m.code_round_error_not_open());
	const articles = await db
		.select({ articleId: codeArticle.articleId, number: codeArticle.number })
		.from(codeArticle)
		.where(eq(codeArticle.versionId, found.round.versionId))
		.orderBy(codeArticle.position);
	const index = input.articleId ? articles.findIndex((a) => a.articleId === input.articleId) : -1;
	const articleId = index >= 0 ? articles[index].articleId : null;
	if (input.articleId && index < 0)
		throw new AppError('INVALID_INPUT', m.code_round_error_article(), { articleId: m.code_round_error_article() });

	return db.transaction(async (tx) => {
		const { respondent, newToken } = await ensureRespondent(tx, visitor, found);
		const values = {
			stance: input.stance || null,
			comment: input.comment || null,
			proposal: input.proposal || null,
			updatedAt: now
		};
		const existing = await tx
			.select({ id: codeRoundReaction.id })
			.from(codeRoundReaction)
			.where(
				and(
					eq(codeRoundReaction.respondentId, respondent.id),
					articleId ? eq(codeRoundReaction.articleId, articleId) : sql`${codeRoundReaction.articleId} is null`
				)
			);
		if (existing[0]) await tx.update(codeRoundReaction).set(values).where(eq(codeRoundReaction.id, existing[0].id));
		else
			await tx.insert(codeRoundReaction).values({
				roundId: found.round.id,
				respondentId: respondent.id,
				articleId,
				...values
			});
		return { respondentToken: newToken, nextNumber: index >= 0 ? (articles[index + 1]?.number ?? null) : null };
	});
}
