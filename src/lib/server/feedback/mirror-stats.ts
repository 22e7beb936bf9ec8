import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackResponse } from '../db/schema';
import { DIMENSIONS, type Dimension } from './questionnaire';
import { previousQuarter } from '../dates';
import type { FilterScope } from './mirror-filter';

interface DimensionStats {
	n: number;
	/** Null when there are no scores, or fewer than k (then `tooFew` is set). */
	mean: number | null;
	/** Counts of scores 1..5 (index 0 = score 1); all 0 when `tooFew`. */
	distribution: [number, number, number, number, number];
	dontKnow: number;
	/** Fewer than k scores in this quarter: mean and distribution are left out, so no one answer shows. */
	tooFew: boolean;
}

export interface QuarterStats {
	/** The quarter in which the batches were released: a batch counts whole in one quarter. */
	quarter: string;
	responses: number;
	/** Per dimension key: the built-in six and the questions of templates the worker used. */
	dimensions: Record<string, DimensionStats>;
}

export interface MirrorAlert {
	dimension: string;
	from: number;
	to: number;
	quarter: string;
	direction: 'down' | 'up';
	/** How many scores each mean is made of (the quarter before, this quarter). */
	fromN: number;
	toN: number;
	/** One side has fewer than FEW_ANSWERS scores: the page adds a caution. */
	fewAnswers: boolean;
}

export interface SelfComparison {
	quarter: string;
	self: Partial<Record<Dimension, number | null>>;
	residents: Partial<Record<Dimension, number | null>>;
	/** The dimension where the worker's own view and the residents' view differ most, if any differ by ≥ 0.5. */
	largest: { dimension: Dimension; self: number; residents: number } | null;
}

/** A change of at least this much between two quarters is pointed out. */
const ALERT_THRESHOLD = 0.5;

/**
 * Below this many scores on either side, an alert says that it rests on few answers. Why 10: on a
 * 1–5 scale one answer can move a mean of n scores by up to 4/n. Below 10 answers that is more than
 * 0.4, nearly the alert threshold of 0.5 by itself: one resident more or less could make or undo the
 * alert.
 */
export const FEW_ANSWERS = 10;

const round1 = (x: number) => Math.round(x * 10) / 10;
const idList = (ids: string[]) =>
	sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	);

/**
 * Step: one pass over the worker's released responses (only those in the filter's scope): per quarter
 * of release, per dimension, a count per score and per "weet ik niet". Keys must pass SAFE_KEY (they
 * become SQL column aliases). Aggregation happens in SQL, so the page stays fast with many thousands
 * of responses.
 */
export async function countScores(
	db: Db,
	workerUserId: string,
	organisationId: string,
	keys: string[],
	scope: FilterScope | null
): Promise<Record<string, number>[]> {
	if (scope && scope.batchIds.length === 0) return [];
	const columns = keys
		.flatMap((d) => [
			...[1, 2, 3, 4, 5].map((v) => `count(*) filter (where scores->>'${d}' = '${v}')::int as "${d}_${v}"`),
			`count(*) filter (where scores->'${d}' = 'null'::jsonb)::int as "${d}_x"`
		])
		.join(', ');
	const inScope: SQL = scope
		? sql`and r.request_id in (${idList(scope.requestIds)}) and r.batch_id in (${idList(scope.batchIds)})`
		: sql``;
	return rowsOf<Record<string, number>>(
		await db.execute(sql`
			select extract(year from b.released_on)::int as y, extract(quarter from b.released_on)::int as q,
				count(*)::int as n${sql.raw(columns ? `, ${columns}` : '')}
			from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
			where r.worker_user_id = ${workerUserId} and r.organisation_id = ${organisationId} ${inScope}
			group by 1, 2
		`)
	);
}

/**
 * Step: the counts as statistics per quarter, oldest first. Whole batches go to one quarter, so every
 * group holds at least k answers; a dimension with fewer than k scores in a quarter shows no numbers.
 */
export function quarterStats(counts: Record<string, number>[], keys: string[], k: number): QuarterStats[] {
	const quarters = counts.map((c) => {
		const dimensions = Object.fromEntries(
			keys.map((d) => {
				const distribution = [1, 2, 3, 4, 5].map((v) => Number(c[`${d}_${v}`])) as DimensionStats['distribution'];
				const n = distribution.reduce((a, b) => a + b, 0);
				const dontKnow = Number(c[`${d}_x`]);
				if (n > 0 && n < k) {
					return [d, { n, mean: null, distribution: [0, 0, 0, 0, 0], dontKnow, tooFew: true }];
				}
				const mean = n ? round1(distribution.reduce((sum, x, i) => sum + x * (i + 1), 0) / n) : null;
				return [d, { n, mean, distribution, dontKnow, tooFew: false }];
			})
		) as Record<string, DimensionStats>;
		return { quarter: `${c.y}-Q${c.q}`, responses: Number(c.n), dimensions };
	});
	return quarters.sort((a, b) => a.quarter.localeCompare(b.quarter));
}

/** Step: changes of at least ALERT_THRESHOLD from the quarter before to the last one, largest first. */
export function findAlerts(quarters: QuarterStats[], keys: string[]): MirrorAlert[] {
	const last = quarters.at(-1);
	const before = last && quarters.find((q) => q.quarter === previousQuarter(last.quarter));
	if (!last || !before) return [];
	const alerts: MirrorAlert[] = [];
	for (const d of keys) {
		const from = before.dimensions[d];
		const to = last.dimensions[d];
		if (from?.mean == null || to?.mean == null || Math.abs(to.mean - from.mean) < ALERT_THRESHOLD) continue;
		alerts.push({
			dimension: d,
			from: from.mean,
			to: to.mean,
			quarter: last.quarter,
			direction: to.mean < from.mean ? 'down' : 'up',
			fromN: from.n,
			toN: to.n,
			fewAnswers: Math.min(from.n, to.n) < FEW_ANSWERS
		});
	}
	return alerts.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
}

/** Step: the worker's own scores next to the residents' of this quarter (or the last with answers). */
export function compareWithSelf(
	quarters: QuarterStats[],
	quarter: string,
	self: Partial<Record<Dimension, number | null>>
): SelfComparison {
	const residentsNow = quarters.find((q) => q.quarter === quarter) ?? quarters.at(-1);
	const residents = Object.fromEntries(
		DIMENSIONS.map((d) => [d, residentsNow?.dimensions[d]?.mean ?? null])
	) as Partial<Record<Dimension, number | null>>;
	let largest: SelfComparison['largest'] = null;
	for (const d of DIMENSIONS) {
		const s = self[d];
		const r = residents[d];
		if (typeof s === 'number' && typeof r === 'number' && Math.abs(s - r) >= ALERT_THRESHOLD) {
			if (!largest || Math.abs(s - r) > Math.abs(largest.self - largest.residents))
				largest = { dimension: d, self: s, residents: r };
		}
	}
	return { quarter, self, residents, largest };
}
