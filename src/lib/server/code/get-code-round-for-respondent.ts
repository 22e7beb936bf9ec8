import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { code, codeRoundReaction, codeVersion } from '../db/schema';
import { roundStatus, type RoundStatus, type Stance } from '../../code/round';
import { roundReport, type RoundReport } from './round-report';
import {
	findRespondent,
	personalToken,
	requireVisitorRound,
	roundArticles,
	type RoundArticle,
	type RoundVisitor
} from './code-round-access';

interface MyReaction {
	stance: Stance | null;
	comment: string;
	proposal: string;
}

export interface RoundForRespondent {
	roundId: string;
	question: string;
	codeTitle: string;
	sample: boolean;
	versionNumber: number;
	opensAt: Date;
	closesAt: Date;
	status: RoundStatus;
	articles: RoundArticle[];
	/** The visitor's own reactions by stable article id; the general reaction under the key "". */
	mine: Record<string, MyReaction>;
	signedName: string | null;
	/** Whether the visitor has reacted at all (then they have a respondent row). */
	started: boolean;
	/** The token of the visitor's personal link to the answers on their reactions (/antwoorden/…). */
	answersToken: string | null;
	/** "Wat we met de reacties deden", once the editors published the answers. */
	report: RoundReport | null;
}

/** A round as its respondent sees it: the text, and what they answered so far (progress is kept). */
export async function getCodeRoundForRespondent(
	visitor: RoundVisitor,
	db: Db,
	now = new Date()
): Promise<RoundForRespondent> {
	const { round } = await requireVisitorRound(db, visitor);
	const [[meta], articles, respondent] = await Promise.all([
		db
			.select({ codeTitle: code.title, sample: code.sample, versionNumber: codeVersion.number })
			.from(codeVersion)
			.innerJoin(code, eq(code.id, codeVersion.codeId))
			.where(eq(codeVersion.id, round.versionId)),
		roundArticles(db, round.versionId),
		findRespondent(db, visitor, round)
	]);
	const [answersToken, report] = await Promise.all([
		respondent ? personalToken(db, visitor, round) : null,
		round.answersPublishedAt ? roundReport(db, round) : null
	]);
	const mine: Record<string, MyReaction> = {};
	if (respondent) {
		const rows = await db
			.select({
				articleId: codeRoundReaction.articleId,
				stance: codeRoundReaction.stance,
				comment: codeRoundReaction.comment,
				proposal: codeRoundReaction.proposal
			})
			.from(codeRoundReaction)
			.where(eq(codeRoundReaction.respondentId, respondent.id));
		for (const r of rows)
			mine[r.articleId ?? ''] = { stance: r.stance, comment: r.comment ?? '', proposal: r.proposal ?? '' };
	}
	return {
		roundId: round.id,
		question: round.question,
		codeTitle: meta.codeTitle,
		sample: meta.sample,
		versionNumber: meta.versionNumber,
		opensAt: round.opensAt,
		closesAt: round.closedAt && round.closedAt < round.closesAt ? round.closedAt : round.closesAt,
		status: roundStatus(round, now),
		articles,
		mine,
		signedName: respondent?.signedName ?? null,
		started: respondent !== null,
		answersToken,
		report
	};
}
