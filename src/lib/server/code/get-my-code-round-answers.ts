import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { code, codeRound, codeRoundReaction, codeRoundRespondent, codeVersion } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { roundStatus, type RoundStatus, type Stance } from '../../code/round';
import { roundArticles } from './code-round-access';
import { answersOf } from './code-round-answers';
import { roundArticleChanges, type ArticleChangeSince } from './round-article-changes';
import { answerFor, type RoundAnswer } from './round-report';

interface MyAnsweredReaction {
	articleId: string;
	number: string;
	title: string;
	stance: Stance | null;
	comment: string;
	proposal: string;
	/** Null until the answers are published, and for a reaction that got none (a stance only). */
	answer: RoundAnswer | null;
	/** Set when the article is not the same in a newer version: "gewijzigd sinds uw reactie". */
	changed: { change: ArticleChangeSince; number: string } | null;
}

export interface MyCodeRoundAnswers {
	question: string;
	codeTitle: string;
	sample: boolean;
	versionNumber: number;
	newerVersion: number | null;
	status: RoundStatus;
	answersPublished: boolean;
	signedName: string | null;
	/** Where the round's own page is: its open link, or the members' page. */
	roundPath: string;
	reactions: MyAnsweredReaction[];
	general: { comment: string; answer: RoundAnswer | null } | null;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/u;

/**
 * A respondent's personal page (issue 17): their own reactions, and once the editors published them the
 * answers on those reactions. The respondent is known by their personal token only (no account); the
 * page shows nothing of anyone else. An unknown or malformed token is NOT_FOUND.
 */
export async function getMyCodeRoundAnswers(token: string, db: Db, now = new Date()): Promise<MyCodeRoundAnswers> {
	if (!TOKEN.test(token)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [found] = await db
		.select({ respondent: codeRoundRespondent, round: codeRound })
		.from(codeRoundRespondent)
		.innerJoin(codeRound, eq(codeRound.id, codeRoundRespondent.roundId))
		.where(eq(codeRoundRespondent.tokenHash, hashToken(token)));
	if (!found) throw new AppError('NOT_FOUND', m.error_not_found());
	const { respondent, round } = found;
	const published = round.answersPublishedAt !== null;
	const [[meta], articles, rows, answers, changes] = await Promise.all([
		db
			.select({ codeTitle: code.title, sample: code.sample, versionNumber: codeVersion.number })
			.from(codeVersion)
			.innerJoin(code, eq(code.id, codeVersion.codeId))
			.where(eq(codeVersion.id, round.versionId)),
		roundArticles(db, round.versionId),
		db
			.select({
				id: codeRoundReaction.id,
				articleId: codeRoundReaction.articleId,
				stance: codeRoundReaction.stance,
				comment: codeRoundReaction.comment,
				proposal: codeRoundReaction.proposal
			})
			.from(codeRoundReaction)
			.where(eq(codeRoundReaction.respondentId, respondent.id)),
		published ? answersOf(db, round.id) : null,
		roundArticleChanges(db, round)
	]);
	const mine = new Map(rows.map((r) => [r.articleId ?? '', r]));
	const answer = (r: (typeof rows)[number]) => (answers ? answerFor(answers, r.id, r.articleId) : null);
	const general = mine.get('');
	return {
		question: round.question,
		codeTitle: meta.codeTitle,
		sample: meta.sample,
		versionNumber: meta.versionNumber,
		newerVersion: changes.newerVersion,
		status: roundStatus(round, now),
		answersPublished: published,
		signedName: respondent.signedName,
		roundPath:
			round.audience === 'link' && round.linkToken
				? `/reactie/${round.linkToken}`
				: `/beroepscode/reageren/${round.id}`,
		reactions: articles.flatMap((a) => {
			const r = mine.get(a.articleId);
			return r
				? [
						{
							articleId: a.articleId,
							number: a.number,
							title: a.title,
							stance: r.stance,
							comment: r.comment ?? '',
							proposal: r.proposal ?? '',
							answer: answer(r),
							changed: changes.changes.get(a.articleId) ?? null
						}
					]
				: [];
		}),
		general: general ? { comment: general.comment ?? '', answer: answer(general) } : null
	};
}
