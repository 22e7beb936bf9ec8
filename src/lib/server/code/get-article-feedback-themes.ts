import { and, asc, eq, lt, max, sql } from 'drizzle-orm';
import type { ArticleId, CodeId } from '../ids';
import type { Actor } from '../actor';
import { rowsOf, type Db } from '../db/client';
import { codeFeedbackThemeLink, feedbackBatch, feedbackResponse, organisation } from '../db/schema';
import { quarterOf, todayInNL } from '../dates';
import { requireRole } from '../organisation/access';
import { quarterEnd, quarterStart } from '../team/team-mirror-data';
import { teamThresholds } from '../team/release-team-mirror';
import { scaleLabels } from '../../scale-labels';
import type { ScaleWords } from '../../feedback/scale';
import { organisationThemes } from './feedback-themes';
import { organisationQuarter } from './organisation-theme-quarter';
import { DIMENSIONS } from '../feedback/questionnaire';

interface ThemeFigure {
	/** Scored answers (1–5; "weet ik niet" left out). */
	n: number;
	mean: number;
	/** Counts of the scores 1..5. */
	distribution: [number, number, number, number, number];
}

interface ArticleFeedbackTheme {
	linkId: string;
	key: string;
	label: string;
	words: ScaleWords;
	/** Null: too few answers or workers in the quarter ("Nog te weinig antwoorden"). */
	figure: ThemeFigure | null;
}

export interface ArticleFeedbackThemes {
	/** The last finished quarter in which the organisation released feedback; null when none. */
	quarter: string | null;
	themes: ArticleFeedbackTheme[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Residents' voice beside the code: the feedback themes an editor tied to an article, each with what
 * residents said across the whole organisation in the last finished quarter with released feedback.
 * Only answers in released batches count (a batch counts whole in the quarter it was released in, as
 * in the mirrors), and a theme shows only with at least k scored answers (k = max(5, batch size)) from
 * at least 3 workers — the team mirror's thresholds. For the built-in six the figure is also one more
 * figure under the team mirror's rule (ADR 0015, organisation-theme-quarter.ts): decided once and
 * frozen, so it can never be set against a team figure to single out a worker. Totals only: never per
 * worker, never texts. Every member reads it.
 */
export async function getArticleFeedbackThemes(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId: CodeId; articleId: ArticleId; today?: string }
): Promise<ArticleFeedbackThemes> {
	await requireRole(db, actor, options.organisationId);
	const links = await db
		.select({ linkId: codeFeedbackThemeLink.id, key: codeFeedbackThemeLink.dimension })
		.from(codeFeedbackThemeLink)
		.where(
			and(
				eq(codeFeedbackThemeLink.organisationId, options.organisationId),
				eq(codeFeedbackThemeLink.codeId, options.codeId),
				eq(codeFeedbackThemeLink.articleId, options.articleId)
			)
		)
		.orderBy(asc(codeFeedbackThemeLink.createdAt));
	if (!links.length) return { quarter: null, themes: [] };

	const themes = new Map((await organisationThemes(db, options.organisationId)).map((t) => [t.key, t]));
	const current = quarterOf(options.today ?? todayInNL());
	const [{ last }] = await db
		.select({ last: max(feedbackBatch.releasedOn) })
		.from(feedbackBatch)
		.where(
			and(eq(feedbackBatch.organisationId, options.organisationId), lt(feedbackBatch.releasedOn, quarterStart(current)))
		);
	const quarter = last ? quarterOf(last) : null;
	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, options.organisationId));
	const t = teamThresholds(k);

	// The built-in six go through the team mirror's rule, decided once for the organisation and frozen;
	// an organisation's own questions are in no team figure, so the threshold alone is enough for them.
	const builtIn = (key: string) => (DIMENSIONS as readonly string[]).includes(key);
	const frozen =
		quarter && links.some((l) => builtIn(l.key))
			? await organisationQuarter(db, options.organisationId, quarter)
			: null;
	const result: ArticleFeedbackTheme[] = [];
	for (const link of links) {
		const theme = themes.get(link.key);
		let figure: ThemeFigure | null = null;
		if (quarter && builtIn(link.key)) {
			figure = frozen?.residents[link.key] ?? null;
		} else if (quarter) {
			const live = await figureOf(db, options.organisationId, quarter, link.key);
			if (live.n >= t.minCount && live.workers >= t.minWorkers) {
				figure = { n: live.n, mean: live.mean, distribution: live.distribution };
			}
		}
		result.push({
			linkId: link.linkId,
			key: link.key,
			label: theme?.label ?? link.key,
			words: scaleLabels(theme?.scale),
			figure
		});
	}
	return { quarter, themes: result };
}

/** Scored answers on one dimension in released batches of the quarter: totals and how many workers. */
async function figureOf(
	db: Db,
	organisationId: string,
	quarter: string,
	key: string
): Promise<ThemeFigure & { workers: number }> {
	const rows = rowsOf<{ v: string; n: number }>(
		await db.execute(sql`
			select s.v, count(*)::int as n
			from (
				select r.worker_user_id as w, r.scores->>${key} as v
				from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
				where r.organisation_id = ${organisationId} and b.organisation_id = ${organisationId}
					and b.released_on >= ${quarterStart(quarter)}::date and b.released_on < ${quarterEnd(quarter)}::date
			) s
			where s.v in ('1', '2', '3', '4', '5')
			group by s.v
		`)
	);
	const distribution: ThemeFigure['distribution'] = [0, 0, 0, 0, 0];
	for (const r of rows) distribution[Number(r.v) - 1] = Number(r.n);
	const n = distribution.reduce((a, b) => a + b, 0);
	// Distinct workers over all scores at once (a worker may give several different scores).
	const [w] = rowsOf<{ workers: number }>(
		await db.execute(sql`
			select count(distinct r.worker_user_id)::int as workers
			from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
			where r.organisation_id = ${organisationId} and b.organisation_id = ${organisationId}
				and b.released_on >= ${quarterStart(quarter)}::date and b.released_on < ${quarterEnd(quarter)}::date
				and r.scores->>${key} in ('1', '2', '3', '4', '5')
		`)
	);
	return {
		n,
		mean: n ? round1(distribution.reduce((s, c, i) => s + c * (i + 1), 0) / n) : 0,
		distribution,
		workers: Number(w?.workers ?? 0)
	};
}
