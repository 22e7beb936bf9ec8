import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeRoundReaction, codeRoundRespondent } from '../db/schema';
import type { CodeVerdict } from '../db/schema';
import type { Stance } from '../../code/round';
import { roundArticles, type CodeRoundRow } from './code-round-access';
import { answersOf } from './code-round-answers';

// Not a use case: "wat we met de reacties deden" (issue 17), the report every respondent of a round may
// read once the answers are published: per article the counts and each comment or proposal with the
// answer it got (its own, or the one bundled for the article). A name only where the respondent signed;
// never a team, a date or the order in which people answered. Access is checked by the caller.

export interface RoundAnswer {
	verdict: CodeVerdict;
	reason: string;
	bundled: boolean;
}

interface ReportComment {
	stance: Stance | null;
	comment: string;
	proposal: string;
	signedName: string | null;
	answer: RoundAnswer | null;
}

interface ReportArticle {
	articleId: string;
	number: string;
	title: string;
	counts: Record<Stance, number>;
	/** The answer given to all comments on this article at once, if the editors bundled them. */
	bundle: { verdict: CodeVerdict; reason: string } | null;
	comments: ReportComment[];
}

export interface RoundReport {
	/** Only the articles that had a reaction, in reading order. */
	articles: ReportArticle[];
	general: { bundle: { verdict: CodeVerdict; reason: string } | null; comments: ReportComment[] };
}

/** The answer a reaction got: its own, else the bundle for its article ("" for the whole text). */
export function answerFor(
	answers: Awaited<ReturnType<typeof answersOf>>,
	reactionId: string,
	articleId: string | null
): RoundAnswer | null {
	const own = answers.own.get(reactionId);
	if (own) return { verdict: own.verdict, reason: own.reason, bundled: false };
	const bundle = answers.bundled.get(articleId ?? '');
	return bundle ? { verdict: bundle.verdict, reason: bundle.reason, bundled: true } : null;
}

/** Per article of a round, how many reactions said eens, twijfel and oneens. */
export async function stanceCountsOf(db: Db, roundId: string): Promise<Map<string, Record<Stance, number>>> {
	const counts = await db
		.select({
			articleId: codeRoundReaction.articleId,
			stance: codeRoundReaction.stance,
			n: sql<number>`cast(count(*) as int)`
		})
		.from(codeRoundReaction)
		.where(
			and(
				eq(codeRoundReaction.roundId, roundId),
				isNotNull(codeRoundReaction.articleId),
				isNotNull(codeRoundReaction.stance)
			)
		)
		.groupBy(codeRoundReaction.articleId, codeRoundReaction.stance);
	const byArticle = new Map<string, Record<Stance, number>>();
	for (const c of counts) {
		const row = byArticle.get(c.articleId!) ?? { eens: 0, twijfel: 0, oneens: 0 };
		row[c.stance!] = c.n;
		byArticle.set(c.articleId!, row);
	}
	return byArticle;
}

/** The reactions of a round with a comment or a proposed wording, with the name where the respondent signed. */
export function commentedReactionsOf(db: Db, roundId: string) {
	return (
		db
			.select({
				reactionId: codeRoundReaction.id,
				articleId: codeRoundReaction.articleId,
				stance: codeRoundReaction.stance,
				comment: codeRoundReaction.comment,
				proposal: codeRoundReaction.proposal,
				signedName: codeRoundRespondent.signedName
			})
			.from(codeRoundReaction)
			.innerJoin(codeRoundRespondent, eq(codeRoundRespondent.id, codeRoundReaction.respondentId))
			.where(
				and(
					eq(codeRoundReaction.roundId, roundId),
					or(isNotNull(codeRoundReaction.comment), isNotNull(codeRoundReaction.proposal))
				)
			)
			// By the random id: never in the order people answered, which could tell who wrote what.
			.orderBy(asc(codeRoundReaction.id))
	);
}

export async function roundReport(db: Db, round: CodeRoundRow): Promise<RoundReport> {
	const [articles, byArticle, rows, answers] = await Promise.all([
		roundArticles(db, round.versionId),
		stanceCountsOf(db, round.id),
		commentedReactionsOf(db, round.id),
		answersOf(db, round.id)
	]);
	const comments = new Map<string, ReportComment[]>();
	for (const r of rows) {
		const key = r.articleId ?? '';
		comments.set(key, [
			...(comments.get(key) ?? []),
			{
				stance: r.stance,
				comment: r.comment ?? '',
				proposal: r.proposal ?? '',
				signedName: r.signedName,
				answer: answerFor(answers, r.reactionId, r.articleId)
			}
		]);
	}
	const bundleOf = (key: string) => {
		const b = answers.bundled.get(key);
		return b ? { verdict: b.verdict, reason: b.reason } : null;
	};
	return {
		articles: articles
			.filter((a) => byArticle.has(a.articleId) || comments.has(a.articleId))
			.map((a) => ({
				articleId: a.articleId,
				number: a.number,
				title: a.title,
				counts: byArticle.get(a.articleId) ?? { eens: 0, twijfel: 0, oneens: 0 },
				bundle: bundleOf(a.articleId),
				comments: comments.get(a.articleId) ?? []
			})),
		general: { bundle: bundleOf(''), comments: comments.get('') ?? [] }
	};
}
