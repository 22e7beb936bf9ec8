import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackRequest, feedbackResponse } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { LABEL_PREFIX } from '../../feedback/filter';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

interface MirrorFilterRequest {
	id: string;
	label: string;
	firstName: string;
	createdAt: Date;
}

export interface MirrorFilter {
	/** The worker's own requests: what the filter offers. No counts per request (find-feedback-requests.ts). */
	requests: MirrorFilterRequest[];
	/** Labels that more than one request has: each can be chosen as a whole. */
	labels: string[];
	/** The chosen value as in the URL, or null for everything. */
	selected: string | null;
	/** What the chosen value stands for, to name it on the page. */
	selectedName: string | null;
}

/**
 * What a filter lets through: the responses of these requests, in these batches. Null: no filter.
 * Only batches in which every request has 0 or at least k answers take part (`filterableBatches`).
 */
export interface FilterScope {
	requestIds: string[];
	batchIds: string[];
	/** Some released batches with answers of the chosen requests do not take part. */
	leftOut: boolean;
}

/** Step 1 of the filter: the worker's requests, and what the URL's value means. Unknown values: 404. */
export async function readMirrorFilter(
	db: Db,
	workerUserId: string,
	organisationId: string,
	value: string | null | undefined
): Promise<{ filter: MirrorFilter; requestIds: string[] | null }> {
	const requests = await db
		.select({
			id: feedbackRequest.id,
			label: feedbackRequest.label,
			firstName: feedbackRequest.firstName,
			createdAt: feedbackRequest.createdAt
		})
		.from(feedbackRequest)
		.where(and(eq(feedbackRequest.workerUserId, workerUserId), eq(feedbackRequest.organisationId, organisationId)))
		.orderBy(asc(feedbackRequest.label), asc(feedbackRequest.createdAt));
	const perLabel = new Map<string, string[]>();
	for (const r of requests) perLabel.set(r.label, [...(perLabel.get(r.label) ?? []), r.id]);
	const labels = [...perLabel].filter(([label, ids]) => label.trim() && ids.length > 1).map(([label]) => label);
	const filter: MirrorFilter = { requests, labels, selected: null, selectedName: null };

	const chosen = value?.trim();
	if (!chosen) return { filter, requestIds: null };
	if (chosen.startsWith(LABEL_PREFIX)) {
		const label = chosen.slice(LABEL_PREFIX.length);
		const ids = perLabel.get(label);
		if (!ids || !labels.includes(label)) throw new AppError('NOT_FOUND', m.feedback_mirror_filter_unknown());
		return { filter: { ...filter, selected: chosen, selectedName: label }, requestIds: ids };
	}
	if (!UUID.test(chosen)) throw new AppError('INVALID_INPUT', m.feedback_mirror_filter_invalid());
	const request = requests.find((r) => r.id === chosen.toLowerCase());
	// Another worker's request gets the same answer as one that does not exist.
	if (!request) throw new AppError('NOT_FOUND', m.feedback_mirror_filter_unknown());
	return {
		filter: { ...filter, selected: request.id, selectedName: request.label || request.firstName },
		requestIds: [request.id]
	};
}

/**
 * Step 2 of the filter: the released batches a filter may look into, and the scope it gives.
 *
 * A batch is the smallest group a worker may see answers of. A filter splits batches by link, so a
 * batch takes part only if every link in it has 0 or at least k answers there: then whatever the
 * worker chooses (one request, a label, everything) and however they subtract one view from another,
 * every group they can single out holds at least k answers. Checked per request, not per label, so
 * that relabelled or shared labels cannot split a batch any finer.
 */
export async function filterScope(
	db: Db,
	workerUserId: string,
	organisationId: string,
	k: number,
	requestIds: string[]
): Promise<FilterScope> {
	const cells = await db
		.select({
			batchId: feedbackResponse.batchId,
			requestId: feedbackResponse.requestId,
			n: sql<number>`count(*)::int`
		})
		.from(feedbackResponse)
		.where(
			and(
				eq(feedbackResponse.workerUserId, workerUserId),
				eq(feedbackResponse.organisationId, organisationId),
				isNotNull(feedbackResponse.batchId)
			)
		)
		.groupBy(feedbackResponse.batchId, feedbackResponse.requestId);
	return scopeOfCells(cells, k, requestIds);
}

/** The pure part of `filterScope` (unit-tested in mirror-filter.spec.ts). */
function scopeOfCells(
	cells: { batchId: string | null; requestId: string; n: number }[],
	k: number,
	requestIds: string[]
): FilterScope {
	const wanted = new Set(requestIds);
	const batches = new Map<string, { splittable: boolean; wanted: number }>();
	for (const c of cells) {
		if (!c.batchId) continue;
		const b = batches.get(c.batchId) ?? { splittable: true, wanted: 0 };
		const n = Number(c.n);
		if (n > 0 && n < k) b.splittable = false;
		if (wanted.has(c.requestId)) b.wanted += n;
		batches.set(c.batchId, b);
	}
	const batchIds: string[] = [];
	let leftOut = false;
	for (const [id, b] of batches) {
		if (b.wanted === 0) continue;
		if (b.splittable) batchIds.push(id);
		else leftOut = true;
	}
	return { requestIds, batchIds, leftOut };
}
