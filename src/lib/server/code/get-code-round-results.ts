import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeRoundReaction, codeRoundRespondent, codeRoundTeam, codeVersion, team } from '../db/schema';
import { roundStatus, TEAM_BREAKDOWN_MIN, type RoundStatus, type Stance } from '../../code/round';
import { requireEditorRound, roundArticles, type CodeRoundRow } from './code-round-access';
import { answersOf, unansweredByRound } from './code-round-answers';
import { roundArticleChanges, type ArticleChangeSince } from './round-article-changes';
import { commentedReactionsOf, stanceCountsOf } from './round-report';

interface StanceCounts {
	eens: number;
	twijfel: number;
	oneens: number;
}

interface HeatmapRow extends StanceCounts {
	articleId: string;
	number: string;
	title: string;
}

/** A comment or proposal as editors see it: the name only when the respondent signed. */
export interface RoundComment {
	reactionId: string;
	/** The editors' answer on this reaction, its own or the one bundled for its article. */
	answer: { verdict: string; reason: string; bundled: boolean } | null;
	stance: Stance | null;
	comment: string;
	proposal: string;
	signedName: string | null;
}

export interface CodeRoundResults {
	id: string;
	question: string;
	codeTitle: string;
	versionNumber: number;
	opensAt: Date;
	closesAt: Date;
	closedAt: Date | null;
	status: RoundStatus;
	audience: CodeRoundRow['audience'];
	linkToken: string | null;
	teams: string[];
	respondents: number;
	heatmap: HeatmapRow[];
	/** Comments and proposals per article (same order as the heatmap); the general ones under "". */
	comments: Record<string, RoundComment[]>;
	general: RoundComment[];
	/** Teams with more than TEAM_BREAKDOWN_MIN respondents; the others are only counted as hidden. */
	teamBreakdown: { name: string; respondents: number; counts: StanceCounts }[];
	hiddenTeams: number;
	/** Reactions with a comment or proposal still without an answer (dispositions). */
	unanswered: number;
	answersPublishedAt: Date | null;
	/** Bundled answers per article ("" for the whole text). */
	bundles: Record<string, { verdict: string; reason: string }>;
	/**
	 * "Gewijzigd sinds uw reactie": articles with reactions that are not the same in the newest version
	 * (their reactions stay attached; the respondents see the same list on their personal page).
	 */
	changedSince: {
		newerVersion: number | null;
		articles: {
			articleId: string;
			number: string;
			title: string;
			change: ArticleChangeSince;
			newNumber: string;
			reactions: number;
		}[];
	};
}

/**
 * The results of a round for its editors (issue 17): a heatmap per article (counts of eens / twijfel /
 * oneens by the stable article id), the comments per article, a breakdown by team only for teams with
 * more than 5 respondents. Nothing here carries a user id; a name only where the respondent signed.
 */
export async function getCodeRoundResults(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string },
	now = new Date()
): Promise<CodeRoundResults> {
	const round = await requireEditorRound(db, actor, options);
	const [[meta], articles, byArticle, commentRows, [{ respondents }], teamRows, teamNames] = await Promise.all([
		db
			.select({ codeTitle: code.title, versionNumber: codeVersion.number })
			.from(codeVersion)
			.innerJoin(code, eq(code.id, codeVersion.codeId))
			.where(eq(codeVersion.id, round.versionId)),
		roundArticles(db, round.versionId),
		stanceCountsOf(db, round.id),
		commentedReactionsOf(db, round.id),
		db
			.select({ respondents: sql<number>`cast(count(*) as int)` })
			.from(codeRoundRespondent)
			.where(eq(codeRoundRespondent.roundId, round.id)),
		db
			.select({
				teamId: codeRoundRespondent.teamId,
				name: team.name,
				respondents: sql<number>`cast(count(distinct ${codeRoundRespondent.id}) as int)`,
				eens: sql<number>`cast(count(*) filter (where ${codeRoundReaction.stance} = 'eens') as int)`,
				twijfel: sql<number>`cast(count(*) filter (where ${codeRoundReaction.stance} = 'twijfel') as int)`,
				oneens: sql<number>`cast(count(*) filter (where ${codeRoundReaction.stance} = 'oneens') as int)`
			})
			.from(codeRoundRespondent)
			.innerJoin(team, eq(team.id, codeRoundRespondent.teamId))
			.leftJoin(
				codeRoundReaction,
				and(eq(codeRoundReaction.respondentId, codeRoundRespondent.id), isNotNull(codeRoundReaction.articleId))
			)
			.where(and(eq(codeRoundRespondent.roundId, round.id), eq(team.organisationId, round.organisationId)))
			.groupBy(codeRoundRespondent.teamId, team.name)
			.orderBy(asc(team.name)),
		db
			.select({ name: team.name })
			.from(codeRoundTeam)
			.innerJoin(team, eq(team.id, codeRoundTeam.teamId))
			.where(eq(codeRoundTeam.roundId, round.id))
			.orderBy(asc(team.name))
	]);

	const [answers, unanswered, changes, reactionCounts] = await Promise.all([
		answersOf(db, round.id),
		unansweredByRound(db, [round.id]),
		roundArticleChanges(db, round),
		db
			.select({ articleId: codeRoundReaction.articleId, n: sql<number>`cast(count(*) as int)` })
			.from(codeRoundReaction)
			.where(and(eq(codeRoundReaction.roundId, round.id), isNotNull(codeRoundReaction.articleId)))
			.groupBy(codeRoundReaction.articleId)
	]);
	const reactionsPer = new Map<string, number>(reactionCounts.map((r) => [r.articleId!, r.n]));
	const comments: Record<string, RoundComment[]> = {};
	const general: RoundComment[] = [];
	for (const c of commentRows) {
		const own = answers.own.get(c.reactionId);
		const bundle = answers.bundled.get(c.articleId ?? '');
		const item: RoundComment = {
			reactionId: c.reactionId,
			answer: own
				? { verdict: own.verdict, reason: own.reason, bundled: false }
				: bundle
					? { verdict: bundle.verdict, reason: bundle.reason, bundled: true }
					: null,
			stance: c.stance,
			comment: c.comment ?? '',
			proposal: c.proposal ?? '',
			signedName: c.signedName
		};
		if (c.articleId === null) general.push(item);
		else (comments[c.articleId] ??= []).push(item);
	}
	const shown = teamRows.filter((t) => t.respondents > TEAM_BREAKDOWN_MIN);
	return {
		id: round.id,
		question: round.question,
		codeTitle: meta.codeTitle,
		versionNumber: meta.versionNumber,
		opensAt: round.opensAt,
		closesAt: round.closesAt,
		closedAt: round.closedAt,
		status: roundStatus(round, now),
		audience: round.audience,
		linkToken: round.linkToken,
		teams: teamNames.map((t) => t.name),
		respondents,
		heatmap: articles.map((a) => ({
			articleId: a.articleId,
			number: a.number,
			title: a.title,
			...(byArticle.get(a.articleId) ?? { eens: 0, twijfel: 0, oneens: 0 })
		})),
		comments,
		general,
		teamBreakdown: shown.map((t) => ({
			name: t.name,
			respondents: t.respondents,
			counts: { eens: t.eens, twijfel: t.twijfel, oneens: t.oneens }
		})),
		hiddenTeams: teamRows.length - shown.length,
		unanswered: unanswered.get(round.id) ?? 0,
		answersPublishedAt: round.answersPublishedAt,
		bundles: Object.fromEntries([...answers.bundled].map(([k, v]) => [k, { verdict: v.verdict, reason: v.reason }])),
		changedSince: {
			newerVersion: changes.newerVersion,
			articles: articles.flatMap((a) => {
				const c = changes.changes.get(a.articleId);
				const reactions = reactionsPer.get(a.articleId) ?? 0;
				return c && reactions
					? [
							{
								articleId: a.articleId,
								number: a.number,
								title: a.title,
								change: c.change,
								newNumber: c.number,
								reactions
							}
						]
					: [];
			})
		}
	};
}
