import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
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
import { SAFE_KEY, workerDimensions, type MirrorDimension } from './dimensions';
import { filterScope, readMirrorFilter, type FilterScope, type MirrorFilter } from './mirror-filter';
import {
	compareWithSelf,
	countScores,
	findAlerts,
	quarterStats,
	type MirrorAlert,
	type QuarterStats,
	type SelfComparison
} from './mirror-stats';

/**
 * One response's open answers. No per-response facts beyond them (who filled it in, the language,
 * the questionnaire): within a batch those would single one resident out. A name for a call back is
 * not in a batch at all: it is a contact request of its own (find-contact-requests.ts).
 */
interface MirrorQuote {
	responseId: string;
	good: string;
	better: string;
	hasMedia: boolean;
	/** "audio/…" or "video/…" when there is a spoken or filmed answer. */
	mediaType: string | null;
}

interface MirrorBatch {
	id: string;
	releasedOn: string;
	size: number;
	/** With a filter: how many of the batch's answers came through the chosen request(s) (≥ k). */
	shown: number;
	quotes: MirrorQuote[];
	/** Answers to the follow-up question that arrived before this batch: not linked to any quote. */
	followUps: string[];
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
	/** The filter by request or label (`options.filter`), and what it offers. */
	filter: MirrorFilter & {
		/** Released answers the page shows: all of them, or those the filter lets through. */
		responses: number;
		/** Batches with answers of the chosen request(s) that could not be split safely, so they do not count. */
		leftOut: boolean;
		/** A filter is on and leaves fewer than k answers: the page shows a message instead of numbers. */
		tooFew: boolean;
	};
}

/** At most this many quotes on the page (newest batches first); the CSV export has them all. */
const MAX_QUOTES = 200;

export interface MirrorOptions {
	batches?: number;
	today?: string;
	allQuotes?: boolean;
	now?: Date;
	/** `?verzoek=` of the page: a request id, or "label:" and a label several requests share. */
	filter?: string | null;
}

type Scope = { workerUserId: string; organisationId: string };

/**
 * The worker's private mirror: only released batches, only their own, never compared with colleagues.
 * In steps: release what is due, read the filter, count scores per quarter, point out changes, show
 * the newest batches' texts, put the worker's own view beside the residents', and their reflections.
 */
export async function getMirror(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: MirrorOptions = {}
): Promise<Mirror> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const me: Scope = { workerUserId: actor.userId, organisationId };
	await releaseBatches(db, actor.userId, organisationId, options.now);
	const k = await batchSizeOf(db, organisationId);

	const chosen = await readMirrorFilter(db, me.workerUserId, organisationId, options.filter);
	const scope = chosen.requestIds ? await filterScope(db, me.workerUserId, organisationId, k, chosen.requestIds) : null;

	const dims = await workerDimensions(db, me.workerUserId, organisationId);
	const keys = dims.map((d) => d.key).filter((key) => SAFE_KEY.test(key));
	const quarters = quarterStats(await countScores(db, me.workerUserId, organisationId, keys, scope), keys, k);
	const responses = quarters.reduce((sum, q) => sum + q.responses, 0);
	// With the batch rule a filter leaves 0 or at least k answers; the check stays as a second lock.
	const tooFew = scope !== null && responses < k;
	const shown = tooFew ? [] : quarters;

	const batches = tooFew ? [] : await newestBatches(db, me, scope, options);
	const { quarter, scores } = await getSelfRating(actor, db, organisationId, options.today);

	return {
		batchSize: k,
		dimensions: shownDimensions(dims, shown),
		quarters: shown,
		alerts: findAlerts(shown, keys),
		batches,
		self: compareWithSelf(shown, quarter, scores),
		reflections: await findReflections(db, me),
		filter: { ...chosen.filter, responses: tooFew ? 0 : responses, leftOut: scope?.leftOut ?? false, tooFew }
	};
}

async function batchSizeOf(db: Db, organisationId: string): Promise<number> {
	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	return k;
}

/**
 * Step: the newest batches with their texts, until MAX_QUOTES quotes are shown (always at least one
 * batch). With a filter: only the batches it may look into, and in them only the chosen requests'
 * answers; follow-ups are tied to no request, so a filter leaves them out.
 */
async function newestBatches(db: Db, me: Scope, scope: FilterScope | null, options: MirrorOptions) {
	if (scope && scope.batchIds.length === 0) return [];
	const batchRows = await db
		.select()
		.from(feedbackBatch)
		.where(
			and(
				eq(feedbackBatch.workerUserId, me.workerUserId),
				eq(feedbackBatch.organisationId, me.organisationId),
				scope ? inArray(feedbackBatch.id, scope.batchIds) : undefined
			)
		)
		.orderBy(desc(feedbackBatch.releasedOn), desc(feedbackBatch.id))
		.limit(options.allQuotes ? 100_000 : (options.batches ?? 12));
	let room = options.allQuotes ? Number.MAX_SAFE_INTEGER : MAX_QUOTES;
	const shownBatches = batchRows.filter((b, i) => {
		if (i > 0 && b.size > room) return false;
		room -= b.size;
		return true;
	});
	if (!shownBatches.length) return [];
	const ids = shownBatches.map((b) => b.id);
	const quoteRows = await db
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
				eq(feedbackResponse.workerUserId, me.workerUserId),
				eq(feedbackResponse.organisationId, me.organisationId),
				inArray(feedbackResponse.batchId, ids),
				scope ? inArray(feedbackResponse.requestId, scope.requestIds) : undefined
			)
		)
		.orderBy(feedbackResponse.shuffle)
		.limit(options.allQuotes ? Number.MAX_SAFE_INTEGER : MAX_QUOTES);
	const followUpRows = scope
		? []
		: await db
				.select({ batchId: feedbackFollowUp.batchId, text: feedbackFollowUp.text })
				.from(feedbackFollowUp)
				.where(
					and(
						eq(feedbackFollowUp.workerUserId, me.workerUserId),
						eq(feedbackFollowUp.organisationId, me.organisationId),
						inArray(feedbackFollowUp.batchId, ids)
					)
				)
				.orderBy(feedbackFollowUp.text);
	return shownBatches.map((b): MirrorBatch => {
		const quotes = quoteRows
			.filter((q) => q.batchId === b.id)
			.map((q) => ({
				responseId: q.responseId,
				good: q.good,
				better: q.better,
				hasMedia: q.hasMedia,
				mediaType: q.mediaType
			}));
		return {
			id: b.id,
			releasedOn: b.releasedOn,
			size: b.size,
			shown: scope ? quotes.length : b.size,
			quotes,
			followUps: followUpRows.filter((f) => f.batchId === b.id).map((f) => f.text)
		};
	});
}

/** Step: the worker's own notes on batches and quotes, newest first. */
async function findReflections(db: Db, me: Scope): Promise<Mirror['reflections']> {
	return db
		.select({
			id: reflection.id,
			batchId: reflection.batchId,
			responseId: reflection.responseId,
			quoteField: reflection.quoteField,
			text: reflection.text,
			createdAt: reflection.createdAt
		})
		.from(reflection)
		.where(and(eq(reflection.workerUserId, me.workerUserId), eq(reflection.organisationId, me.organisationId)))
		.orderBy(desc(reflection.createdAt));
}

/** Dimensions with answers; the built-in six when there are none yet at all. */
function shownDimensions(dims: MirrorDimension[], quarters: QuarterStats[]): MirrorDimension[] {
	const answered = dims.filter((d) => quarters.some((q) => q.dimensions[d.key]?.n || q.dimensions[d.key]?.dontKnow));
	return answered.length ? answered : dims.filter((d) => d.builtIn);
}
