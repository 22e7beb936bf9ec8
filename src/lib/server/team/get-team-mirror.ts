import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { rowsOf, type Db } from '../db/client';
import {
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	organisation,
	teamMirrorQuarter,
	teamMirrorShare,
	teamMirrorShareQuote,
	user,
	type TeamMirrorFigure,
	type TeamMirrorShareKind
} from '../db/schema';
import { countScores, quarterStats } from '../feedback/mirror-stats';
import { filterScope } from '../feedback/mirror-filter';
import { requireTeamMember } from './access';
import {
	everSharers,
	loadQuarterCounts,
	quarterEnd,
	quarterStart,
	TEAM_DIMENSIONS,
	teamWorkers
} from './team-mirror-data';
import { releaseTeamMirror, teamThresholds, TEAM_MIN_WORKERS } from './release-team-mirror';
import { sharesSafe } from './team-mirror-rule';
import { ownReleasedAnswers } from './shareable-quotes';
import { quarterOf } from '../dates';

interface TeamMirrorQuarterView {
	quarter: string;
	released: boolean;
	responses: number;
	/** Residents' view per dimension: only dimensions that passed the rule. */
	residents: Record<string, TeamMirrorFigure>;
	/** The team's own view (self-ratings) per dimension. */
	self: Record<string, { n: number; mean: number }>;
	/** Open answers of the quarter, mixed over the team's workers; "goed" and "beter" apart, so they do not pair up. */
	good: string[];
	better: string[];
}

interface SharedMirror {
	id: string;
	/** The worker who shares: named, because they chose to. */
	name: string;
	mine: boolean;
	kind: TeamMirrorShareKind;
	dimension: string | null;
	requestLabel: string | null;
	/** The worker's own figures per quarter (newest first), only quarters where showing them is safe. */
	quarters: { quarter: string; responses: number; means: Record<string, number | null> }[];
	/** Quarters left out because the rest of the team would then become too small. */
	hiddenQuarters: number;
	/** Open answers the worker chose to show with this share (their own, released), under their name. */
	quotes: { kind: 'good' | 'better'; text: string }[];
	/** For the worker's own share only: their released answers to choose from ("good:<id>", "better:<id>"). */
	candidates: { value: string; kind: 'good' | 'better'; text: string; chosen: boolean }[];
}

export interface TeamMirror {
	teamId: string;
	teamName: string;
	minResponses: number;
	minWorkers: number;
	/** Finished quarters, newest first. */
	quarters: TeamMirrorQuarterView[];
	shares: SharedMirror[];
	/** For the share form: may the viewer share (a worker of the team), and their own links. */
	canShare: boolean;
	myRequests: { id: string; label: string }[];
}

/** Open answers per quarter and per kind ("goed", "beter"), at most PER_BATCH of one batch. */
const QUOTES = 8;
const PER_BATCH = 3;
/** A shared mirror shows the worker's last quarters. */
const SHARED_QUARTERS = 4;

/**
 * The team mirror: per finished quarter, what residents said about the team's workers together, beside
 * the team's own view, with open answers; never per worker. First the due quarters are decided
 * (release-team-mirror.ts); then the frozen figures are read. Shared mirrors show under the worker's
 * name while shared, only in quarters where that keeps the rest of the team safe.
 */
export async function getTeamMirror(
	actor: Actor,
	db: Db,
	teamId: string,
	options: { today?: string; now?: Date } = {}
): Promise<TeamMirror> {
	const access = await requireTeamMember(db, actor, teamId);
	const viewer = actor.kind === 'user' ? actor.userId : '';
	await releaseTeamMirror(db, access, options);

	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, access.organisationId));
	const rows = await db
		.select()
		.from(teamMirrorQuarter)
		.where(eq(teamMirrorQuarter.teamId, teamId))
		.orderBy(desc(teamMirrorQuarter.quarter))
		.limit(8);
	const quarters: TeamMirrorQuarterView[] = [];
	for (const r of rows) {
		const quotes = r.released ? await quarterQuotes(db, access.organisationId, r.quarter, r.workerUserIds) : null;
		quarters.push({
			quarter: r.quarter,
			released: r.released,
			responses: r.released ? r.responses : 0,
			residents: r.released ? r.residents : {},
			self: r.released ? r.self : {},
			good: quotes?.good ?? [],
			better: quotes?.better ?? []
		});
	}

	const workers = (await teamWorkers(db, teamId)).map((w) => w.userId);
	const shares = await sharedMirrors(db, { organisationId: access.organisationId, teamId, workers, viewer, k });
	const canShare = workers.includes(viewer);
	const myRequests = canShare
		? (
				await db
					.select({ id: feedbackRequest.id, label: feedbackRequest.label, firstName: feedbackRequest.firstName })
					.from(feedbackRequest)
					.where(
						and(eq(feedbackRequest.workerUserId, viewer), eq(feedbackRequest.organisationId, access.organisationId))
					)
					.orderBy(feedbackRequest.label, feedbackRequest.createdAt)
			).map((r) => ({ id: r.id, label: r.label || r.firstName }))
		: [];
	const t = teamThresholds(k);
	return {
		teamId,
		teamName: access.teamName,
		minResponses: t.minCount,
		minWorkers: TEAM_MIN_WORKERS,
		quarters,
		shares,
		canShare,
		myRequests
	};
}

/**
 * Quotes from batches released in the quarter, of the quarter's frozen workers: a few batches picked
 * in an order that says nothing about time or worker (a hash of the batch id), and from each the first
 * few answers in its random `shuffle` order, mixed by a hash of the text. Per batch, so that a large team does not sort every answer of
 * the quarter; repeated texts once.
 */
async function quarterQuotes(db: Db, organisationId: string, quarter: string, workers: string[]) {
	if (!workers.length) return { good: [], better: [] };
	const ids = sql.join(
		workers.map((w) => sql`${w}`),
		sql`, `
	);
	const rows = rowsOf<{ kind: 'good' | 'better'; text: string }>(
		await db.execute(sql`
			with picked as (
				select b.id, b.worker_user_id from ${feedbackBatch} b
				where b.organisation_id = ${organisationId} and b.worker_user_id in (${ids})
					and b.released_on >= ${quarterStart(quarter)}::date and b.released_on < ${quarterEnd(quarter)}::date
				order by md5(b.id::text) limit ${QUOTES}
			)
			select q.kind, q.text from (
				select 'good' as kind, g.text from picked p cross join lateral (
					select r.good as text from ${feedbackResponse} r
					where r.worker_user_id = p.worker_user_id and r.batch_id = p.id and r.good <> ''
					order by r.shuffle limit ${PER_BATCH}) g
				union all
				select 'better' as kind, g.text from picked p cross join lateral (
					select r.better as text from ${feedbackResponse} r
					where r.worker_user_id = p.worker_user_id and r.batch_id = p.id and r.better <> ''
					order by r.shuffle desc limit ${PER_BATCH}) g
			) q
			order by md5(q.text)
		`)
	);
	const pick = (kind: string) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.text))].slice(0, QUOTES);
	return { good: pick('good'), better: pick('better') };
}

/** The team's active shares, each with the sharer's own figures in the quarters where that is safe. */
async function sharedMirrors(
	db: Db,
	ctx: { organisationId: string; teamId: string; workers: string[]; viewer: string; k: number }
): Promise<SharedMirror[]> {
	if (!ctx.workers.length) return [];
	const active = await db
		.select({
			id: teamMirrorShare.id,
			workerUserId: teamMirrorShare.workerUserId,
			name: user.name,
			kind: teamMirrorShare.kind,
			dimension: teamMirrorShare.dimension,
			requestId: teamMirrorShare.requestId,
			requestLabel: feedbackRequest.label,
			requestFirstName: feedbackRequest.firstName
		})
		.from(teamMirrorShare)
		.innerJoin(user, eq(user.id, teamMirrorShare.workerUserId))
		.leftJoin(feedbackRequest, eq(feedbackRequest.id, teamMirrorShare.requestId))
		.where(
			and(
				eq(teamMirrorShare.teamId, ctx.teamId),
				eq(teamMirrorShare.organisationId, ctx.organisationId),
				isNull(teamMirrorShare.revokedAt),
				// Only while the sharer is still one of the team's workers.
				inArray(teamMirrorShare.workerUserId, ctx.workers),
				or(isNull(teamMirrorShare.requestId), eq(feedbackRequest.workerUserId, teamMirrorShare.workerUserId))
			)
		)
		.orderBy(user.name, teamMirrorShare.createdAt);
	if (!active.length) return [];

	const sharers = await everSharers(db, ctx.organisationId);
	const t = teamThresholds(ctx.k);
	const safeCache = new Map<string, boolean>();
	const quarterSafe = async (quarter: string) => {
		if (!safeCache.has(quarter)) {
			const released = await db
				.select({ workers: teamMirrorQuarter.workerUserIds, measures: teamMirrorQuarter.measures })
				.from(teamMirrorQuarter)
				.where(
					and(
						eq(teamMirrorQuarter.organisationId, ctx.organisationId),
						eq(teamMirrorQuarter.quarter, quarter),
						eq(teamMirrorQuarter.released, true)
					)
				);
			const counts = await loadQuarterCounts(
				db,
				ctx.organisationId,
				[quarter],
				[...new Set(released.flatMap((r) => r.workers))]
			);
			safeCache.set(quarter, sharesSafe(released, counts.get(quarter)!, sharers, TEAM_DIMENSIONS, t));
		}
		return safeCache.get(quarter)!;
	};

	const out: SharedMirror[] = [];
	for (const s of active) {
		const scope = s.requestId ? await filterScope(db, s.workerUserId, ctx.organisationId, ctx.k, [s.requestId]) : null;
		const keys = s.kind === 'dimension' && s.dimension ? [s.dimension] : [...TEAM_DIMENSIONS];
		const stats = quarterStats(await countScores(db, s.workerUserId, ctx.organisationId, keys, scope), keys, ctx.k)
			.reverse()
			.slice(0, SHARED_QUARTERS);
		const shown: SharedMirror['quarters'] = [];
		let hidden = 0;
		for (const q of stats) {
			if (!(await quarterSafe(q.quarter))) {
				hidden++;
				continue;
			}
			shown.push({
				quarter: q.quarter,
				responses: q.responses,
				means: Object.fromEntries(keys.map((d) => [d, q.dimensions[d]?.mean ?? null]))
			});
		}
		const chosen = await db
			.select({ kind: teamMirrorShareQuote.kind, responseId: teamMirrorShareQuote.responseId })
			.from(teamMirrorShareQuote)
			.where(eq(teamMirrorShareQuote.shareId, s.id))
			.orderBy(teamMirrorShareQuote.createdAt);
		// Read again through the owner's released answers: only ever the sharer's own, released text.
		const texts = chosen.length
			? await ownReleasedAnswers(db, {
					workerUserId: s.workerUserId,
					organisationId: ctx.organisationId,
					requestId: s.requestId,
					extra: inArray(
						feedbackResponse.id,
						chosen.map((c) => c.responseId)
					)
				})
			: [];
		// A quote shows only where the share's figures may show: in a quarter that keeps the rest of the
		// team safe, so the team's own unnamed quotes minus these never narrow down to too few workers.
		const quotes: SharedMirror['quotes'] = [];
		for (const c of chosen) {
			const found = texts.find((t) => t.responseId === c.responseId);
			if (found && found[c.kind] && (await quarterSafe(quarterOf(found.releasedOn))))
				quotes.push({ kind: c.kind, text: found[c.kind] });
		}
		const mine = s.workerUserId === ctx.viewer;
		const offered = mine
			? await ownReleasedAnswers(db, {
					workerUserId: s.workerUserId,
					organisationId: ctx.organisationId,
					requestId: s.requestId
				})
			: [];
		const candidates = offered.flatMap((r) =>
			(['good', 'better'] as const)
				.filter((kind) => r[kind] !== '')
				.map((kind) => ({
					value: `${kind}:${r.responseId}`,
					kind,
					text: r[kind],
					chosen: chosen.some((c) => c.kind === kind && c.responseId === r.responseId)
				}))
		);
		out.push({
			id: s.id,
			name: s.name,
			quotes,
			candidates,
			mine,
			kind: s.kind,
			dimension: s.kind === 'dimension' ? s.dimension : null,
			requestLabel: s.kind === 'request' ? s.requestLabel || s.requestFirstName : null,
			quarters: shown,
			hiddenQuarters: hidden
		});
	}
	return out;
}
