import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeRoundAnswer, codeRoundReaction } from '../db/schema';
import type { ArticleId } from '../ids';

// Not a use case: which reactions still need an answer (issue 17, dispositions). Every reaction with a
// comment or a proposed wording needs one: on its own, or bundled for its article.

/** The number of reactions without an answer, per round (rounds with none are left out). */
export async function unansweredByRound(db: Db, roundIds: string[]): Promise<Map<string, number>> {
	if (roundIds.length === 0) return new Map();
	const rows = await db
		.select({ roundId: codeRoundReaction.roundId, n: sql<number>`cast(count(*) as int)` })
		.from(codeRoundReaction)
		.where(
			and(
				inArray(codeRoundReaction.roundId, roundIds),
				or(sql`${codeRoundReaction.comment} is not null`, sql`${codeRoundReaction.proposal} is not null`),
				sql`not exists (select 1 from ${codeRoundAnswer} a where a.reaction_id = ${codeRoundReaction.id})`,
				sql`not exists (select 1 from ${codeRoundAnswer} b where b.round_id = ${codeRoundReaction.roundId}
					and b.reaction_id is null and b.article_id is not distinct from ${codeRoundReaction.articleId})`
			)
		)
		.groupBy(codeRoundReaction.roundId);
	return new Map(rows.map((r) => [r.roundId, r.n]));
}

/** The answers of a round: per reaction, and the bundles per article ("" for the whole text). */
export async function answersOf(db: Db, roundId: string) {
	const rows = await db
		.select({
			reactionId: codeRoundAnswer.reactionId,
			articleId: codeRoundAnswer.articleId,
			verdict: codeRoundAnswer.verdict,
			reason: codeRoundAnswer.reason
		})
		.from(codeRoundAnswer)
		.where(eq(codeRoundAnswer.roundId, roundId));
	const own = new Map(rows.filter((r) => r.reactionId).map((r) => [r.reactionId!, r]));
	const bundled = new Map(rows.filter((r) => !r.reactionId).map((r) => [r.articleId ?? '', r]));
	return { own, bundled };
}

export const bundleWhere = (roundId: string, articleId: ArticleId | null) =>
	and(
		eq(codeRoundAnswer.roundId, roundId),
		isNull(codeRoundAnswer.reactionId),
		articleId ? eq(codeRoundAnswer.articleId, articleId) : isNull(codeRoundAnswer.articleId)
	);
