import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisation, teamMirrorQuarter, type TeamMirrorFigure } from '../db/schema';
import { previousQuarter, quarterOf, todayInNL } from '../dates';
import { releaseTeamBatches } from '../feedback/release-team-batches';
import {
	everSharers,
	loadQuarterCounts,
	TEAM_DIMENSIONS,
	TEAM_MIRROR_QUARTERS,
	teamWorkers,
	type WorkerQuarterCounts
} from './team-mirror-data';
import { decideRelease, dimMeasure, RESPONSES, selfMeasure, type Thresholds } from './team-mirror-rule';

/** A team figure needs at least this many answers (or the organisation's batch size, if larger)… */
const TEAM_MIN_RESPONSES = 5;
/** …from at least this many workers. */
export const TEAM_MIN_WORKERS = 3;

export const teamThresholds = (batchSize: number): Thresholds => ({
	minCount: Math.max(TEAM_MIN_RESPONSES, batchSize),
	minWorkers: TEAM_MIN_WORKERS
});

/** The finished quarters the team mirror shows, newest first. */
export function finishedQuarters(today: string, count = TEAM_MIRROR_QUARTERS): string[] {
	const out: string[] = [];
	let q = previousQuarter(quarterOf(today));
	while (out.length < count) {
		out.push(q);
		q = previousQuarter(q);
	}
	return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Step of the team mirror (not a use case; callers check membership first): decides every finished
 * quarter of the window that this team has no decision for yet, once and for good (ADR 0015). First
 * it releases the workers' due batches, so the decision does not depend on who opened their own
 * mirror lately. Then, per quarter and under a lock on the organisation (two teams deciding at once
 * must see each other's figures), `decideRelease` says what may show, and the figures are frozen.
 */
export async function releaseTeamMirror(
	db: Db,
	team: { teamId: string; organisationId: string },
	options: { today?: string; now?: Date } = {}
): Promise<void> {
	const today = options.today ?? todayInNL(options.now);
	const window = finishedQuarters(today);
	const decided = await decidedQuarters(db, team.teamId, window);
	if (window.every((q) => decided.has(q))) return;

	const workers = (await teamWorkers(db, team.teamId)).map((w) => w.userId).sort();
	await releaseTeamBatches(db, workers, team.organisationId, options.now);

	await db.transaction(async (tx) => {
		const [{ k }] = await tx
			.select({ k: organisation.feedbackBatchSize })
			.from(organisation)
			.where(eq(organisation.id, team.organisationId))
			.for('update');
		const open = window.filter((q) => !decided.has(q));
		// Another view may have decided some of them while the batches were released.
		const nowDecided = await decidedQuarters(tx as unknown as Db, team.teamId, open);
		const todo = open.filter((q) => !nowDecided.has(q));
		if (!todo.length) return;
		const released = await tx
			.select({
				quarter: teamMirrorQuarter.quarter,
				workers: teamMirrorQuarter.workerUserIds,
				measures: teamMirrorQuarter.measures
			})
			.from(teamMirrorQuarter)
			.where(
				and(
					eq(teamMirrorQuarter.organisationId, team.organisationId),
					inArray(teamMirrorQuarter.quarter, todo),
					eq(teamMirrorQuarter.released, true)
				)
			);
		const everyone = [...new Set([...workers, ...released.flatMap((r) => r.workers)])];
		const counts = await loadQuarterCounts(tx as unknown as Db, team.organisationId, todo, everyone);
		const sharers = await everSharers(tx as unknown as Db, team.organisationId);
		const residents = teamThresholds(k);
		const self: Thresholds = { minCount: TEAM_MIN_RESPONSES, minWorkers: TEAM_MIN_WORKERS };
		for (const quarter of todo) {
			const perWorker = counts.get(quarter)!;
			const measures = decideRelease({
				candidate: workers,
				released: released.filter((r) => r.quarter === quarter),
				counts: perWorker,
				sharers,
				dimensions: TEAM_DIMENSIONS,
				residents,
				self
			});
			const isReleased = measures.includes(RESPONSES);
			await tx
				.insert(teamMirrorQuarter)
				.values({
					organisationId: team.organisationId,
					teamId: team.teamId,
					quarter,
					released: isReleased,
					workerUserIds: workers,
					measures,
					...(isReleased ? figures(workers, perWorker, measures) : { responses: 0, residents: {}, self: {} })
				})
				.onConflictDoNothing();
		}
	});
}

async function decidedQuarters(db: Db, teamId: string, quarters: string[]): Promise<Set<string>> {
	if (!quarters.length) return new Set();
	const rows = await db
		.select({ quarter: teamMirrorQuarter.quarter })
		.from(teamMirrorQuarter)
		.where(and(eq(teamMirrorQuarter.teamId, teamId), inArray(teamMirrorQuarter.quarter, quarters)));
	return new Set(rows.map((r) => r.quarter));
}

/** The released measures added up over the frozen workers: totals only, nothing per worker. */
function figures(workers: string[], perWorker: Map<string, WorkerQuarterCounts>, measures: string[]) {
	let responses = 0;
	const residents: Record<string, TeamMirrorFigure> = {};
	const self: Record<string, { n: number; mean: number }> = {};
	for (const w of workers) responses += perWorker.get(w)?.responses ?? 0;
	for (const d of TEAM_DIMENSIONS) {
		if (measures.includes(dimMeasure(d))) {
			const distribution: TeamMirrorFigure['distribution'] = [0, 0, 0, 0, 0];
			for (const w of workers) perWorker.get(w)?.distribution[d]?.forEach((c, i) => (distribution[i] += c));
			const n = distribution.reduce((a, b) => a + b, 0);
			residents[d] = { n, mean: round1(distribution.reduce((s, c, i) => s + c * (i + 1), 0) / n), distribution };
		}
		if (measures.includes(selfMeasure(d))) {
			const given = workers.map((w) => perWorker.get(w)?.selfScore[d]).filter((v): v is number => v !== undefined);
			self[d] = { n: given.length, mean: round1(given.reduce((a, b) => a + b, 0) / given.length) };
		}
	}
	return { responses, residents, self };
}
