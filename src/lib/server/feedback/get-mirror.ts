import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { rowsOf, type Db } from '../db/client';
import {
	feedbackBatch,
	feedbackFollowUp,
	feedbackMedia,
	feedbackResponse,
	organisation,
	reflection
} from '../db/schema';
import { getSelfRating } from './get-self-rating';
import { requireRole, requireUser } from '../organisation/access';
import { releaseBatches } from './release-batches';
import { DIMENSIONS, type Dimension } from './questionnaire';
import { SAFE_KEY, workerDimensions, type MirrorDimension } from './dimensions';
import { previousQuarter } from './dates';

export interface DimensionStats {
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
}

/**
 * One response's open answers. No per-response facts beyond them (who filled it in, the language,
 * the questionnaire): within a batch those would single one resident out. A name for a call back is
 * not in a batch at all: it is a contact request of its own (find-contact-requests.ts).
 */
export interface MirrorQuote {
	responseId: string;
	good: string;
	better: string;
	hasMedia: boolean;
	/** "audio/…" or "video/…" when there is a spoken or filmed answer. */
	mediaType: string | null;
}

export interface MirrorBatch {
	id: string;
	releasedOn: string;
	size: number;
	quotes: MirrorQuote[];
	/** Answers to the follow-up question that arrived before this batch: not linked to any quote. */
	followUps: string[];
}

export interface SelfComparison {
	quarter: string;
	self: Partial<Record<Dimension, number | null>>;
	residents: Partial<Record<Dimension, number | null>>;
	/** The dimension where the worker's own view and the residents' view differ most, if any differ by ≥ 0.5. */
	largest: { dimension: Dimension; self: number; residents: number } | null;
}

export interface Mirror {
	batchSize: number;
	dimensions: MirrorDimension[];
	quarters: QuarterStats[];
	alerts: MirrorAlert[];
	batches: MirrorBatch[];
	self: SelfComparison;
	reflections: {
		id: string;
		batchId: string | null;
		responseId: string | null;
		quoteField: string | null;
		text: string;
		createdAt: Date;
	}[];
}

/** At most this many quotes on the page (newest batches first); the CSV export has them all. */
export const MAX_QUOTES = 200;

/** A change of at least this much between two quarters is pointed out. */
export const ALERT_THRESHOLD = 0.5;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The worker's private mirror: only released batches, only their own, never compared with colleagues.
 * Aggregation happens in SQL so the page stays fast with many thousands of responses.
 */
export async function getMirror(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: { batches?: number; today?: string; allQuotes?: boolean; now?: Date } = {}
): Promise<Mirror> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	await releaseBatches(db, actor.userId, organisationId, options.now);
	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	const mine = and(
		eq(feedbackResponse.workerUserId, actor.userId),
		eq(feedbackResponse.organisationId, organisationId)
	);

	// One pass over the worker's released responses: per quarter of release, per dimension, a count
	// per score and per "weet ik niet". Whole batches go to one quarter, so every group holds at least
	// k answers. (Keys are checked against SAFE_KEY, so they are safe inside the SQL.)
	const dims = await workerDimensions(db, actor.userId, organisationId);
	const keys = dims.map((d) => d.key).filter((k) => SAFE_KEY.test(k));
	const columns = keys
		.flatMap((d) => [
			...[1, 2, 3, 4, 5].map((v) => `count(*) filter (where scores->>'${d}' = '${v}')::int as "${d}_${v}"`),
			`count(*) filter (where scores->'${d}' = 'null'::jsonb)::int as "${d}_x"`
		])
		.join(', ');
	const counts = rowsOf<Record<string, number>>(
		await db.execute(sql`
			select extract(year from b.released_on)::int as y, extract(quarter from b.released_on)::int as q,
				count(*)::int as n${sql.raw(columns ? `, ${columns}` : '')}
			from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
			where r.worker_user_id = ${actor.userId} and r.organisation_id = ${organisationId}
			group by 1, 2
		`)
	);

	const byQuarter = new Map<string, QuarterStats>();
	for (const c of counts) {
		const quarter = `${c.y}-Q${c.q}`;
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
		byQuarter.set(quarter, { quarter, responses: Number(c.n), dimensions });
	}
	const quarters = [...byQuarter.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));

	const alerts: MirrorAlert[] = [];
	const last = quarters.at(-1);
	const before = last ? byQuarter.get(previousQuarter(last.quarter)) : undefined;
	if (last && before) {
		for (const d of keys) {
			const from = before.dimensions[d].mean;
			const to = last.dimensions[d].mean;
			if (from !== null && to !== null && Math.abs(to - from) >= ALERT_THRESHOLD) {
				alerts.push({ dimension: d, from, to, quarter: last.quarter, direction: to < from ? 'down' : 'up' });
			}
		}
		alerts.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
	}

	const batchRows = await db
		.select()
		.from(feedbackBatch)
		.where(and(eq(feedbackBatch.workerUserId, actor.userId), eq(feedbackBatch.organisationId, organisationId)))
		.orderBy(desc(feedbackBatch.releasedOn), desc(feedbackBatch.id))
		.limit(options.allQuotes ? 100_000 : (options.batches ?? 12));
	// Newest batches first, until MAX_QUOTES quotes are shown (always at least one batch).
	let room = options.allQuotes ? Number.MAX_SAFE_INTEGER : MAX_QUOTES;
	const shownBatches = batchRows.filter((b, i) => {
		if (i > 0 && b.size > room) return false;
		room -= b.size;
		return true;
	});
	const quoteRows = shownBatches.length
		? await db
				.select({
					responseId: feedbackResponse.id,
					batchId: feedbackResponse.batchId,
					good: feedbackResponse.good,
					better: feedbackResponse.better,
					hasMedia: sql<boolean>`${feedbackMedia.responseId} is not null`,
					mediaType: feedbackMedia.mimeType
				})
				.from(feedbackResponse)
				.leftJoin(feedbackMedia, eq(feedbackMedia.responseId, feedbackResponse.id))
				.where(
					and(
						mine,
						inArray(
							feedbackResponse.batchId,
							shownBatches.map((b) => b.id)
						)
					)
				)
				.orderBy(feedbackResponse.shuffle)
				.limit(options.allQuotes ? Number.MAX_SAFE_INTEGER : MAX_QUOTES)
		: [];
	const followUpRows = shownBatches.length
		? await db
				.select({ batchId: feedbackFollowUp.batchId, text: feedbackFollowUp.text })
				.from(feedbackFollowUp)
				.where(
					and(
						eq(feedbackFollowUp.workerUserId, actor.userId),
						eq(feedbackFollowUp.organisationId, organisationId),
						inArray(
							feedbackFollowUp.batchId,
							shownBatches.map((b) => b.id)
						)
					)
				)
				.orderBy(feedbackFollowUp.text)
		: [];
	const batches: MirrorBatch[] = shownBatches.map((b) => {
		const inBatch = quoteRows.filter((q) => q.batchId === b.id);
		return {
			id: b.id,
			releasedOn: b.releasedOn,
			size: b.size,
			quotes: inBatch.map((q) => ({
				responseId: q.responseId,
				good: q.good,
				better: q.better,
				hasMedia: q.hasMedia,
				mediaType: q.mediaType
			})),
			followUps: followUpRows.filter((f) => f.batchId === b.id).map((f) => f.text)
		};
	});

	const { quarter: quarterNow, scores: selfScores } = await getSelfRating(actor, db, organisationId, options.today);
	const residentsNow = byQuarter.get(quarterNow) ?? last;
	const residentMeans = Object.fromEntries(
		DIMENSIONS.map((d) => [d, residentsNow?.dimensions[d].mean ?? null])
	) as Partial<Record<Dimension, number | null>>;
	let largest: SelfComparison['largest'] = null;
	for (const d of DIMENSIONS) {
		const s = selfScores[d];
		const r = residentMeans[d];
		if (typeof s === 'number' && typeof r === 'number' && Math.abs(s - r) >= ALERT_THRESHOLD) {
			if (!largest || Math.abs(s - r) > Math.abs(largest.self - largest.residents))
				largest = { dimension: d, self: s, residents: r };
		}
	}

	const reflections = await db
		.select({
			id: reflection.id,
			batchId: reflection.batchId,
			responseId: reflection.responseId,
			quoteField: reflection.quoteField,
			text: reflection.text,
			createdAt: reflection.createdAt
		})
		.from(reflection)
		.where(and(eq(reflection.workerUserId, actor.userId), eq(reflection.organisationId, organisationId)))
		.orderBy(desc(reflection.createdAt));

	return {
		batchSize: k,
		dimensions: shownDimensions(dims, quarters),
		quarters,
		alerts,
		batches,
		self: { quarter: quarterNow, self: selfScores, residents: residentMeans, largest },
		reflections
	};
}

/** Dimensions with answers; the built-in six when there are none yet at all. */
function shownDimensions(dims: MirrorDimension[], quarters: QuarterStats[]): MirrorDimension[] {
	const answered = dims.filter((d) => quarters.some((q) => q.dimensions[d.key]?.n || q.dimensions[d.key]?.dontKnow));
	return answered.length ? answered : dims.filter((d) => d.builtIn);
}
