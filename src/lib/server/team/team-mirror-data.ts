import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackBatch, membership, selfRating, team, teamMember, teamMirrorShare } from '../db/schema';
import { DIMENSIONS } from '../feedback/questionnaire';
import { countBatches } from '../feedback/batch-counts';
import { quarterOf } from '../dates';
import type { WorkerQuarter } from './team-mirror-rule';

/**
 * Reading helpers of the team mirror (not use cases): quarters as date ranges, what each worker
 * contributed per quarter (counted in SQL, never shown), the team's workers, and who ever shared.
 */

/** The team mirror looks at the built-in six only: every worker's residents answer those. */
export const TEAM_DIMENSIONS: readonly string[] = DIMENSIONS;

/** How many finished quarters the team mirror decides and shows. */
export const TEAM_MIRROR_QUARTERS = 8;

export function quarterStart(quarter: string): string {
	const [y, q] = quarter.split('-Q').map(Number);
	return `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function quarterEnd(quarter: string): string {
	const [y, q] = quarter.split('-Q').map(Number);
	return q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** A worker's contribution with per-score counts, to add up a released figure. */
export interface WorkerQuarterCounts extends WorkerQuarter {
	/** Per dimension: counts of scores 1..5. */
	distribution: Record<string, [number, number, number, number, number]>;
	/** Per dimension: the self-rating (1..5) when given. */
	selfScore: Record<string, number>;
}

/**
 * Per quarter (of release) and worker: released responses, and per dimension the scores, added up from
 * the counts each batch got when it was released (feedback/batch-counts.ts): a few hundred batch rows
 * instead of every answer. Batches not counted yet are counted first.
 */
export async function loadQuarterCounts(
	db: Db,
	organisationId: string,
	quarters: readonly string[],
	workerUserIds: readonly string[]
): Promise<Map<string, Map<string, WorkerQuarterCounts>>> {
	const result = new Map<string, Map<string, WorkerQuarterCounts>>(quarters.map((q) => [q, new Map()]));
	if (!quarters.length || !workerUserIds.length) return result;
	const from = quarters.map(quarterStart).sort()[0];
	const to = quarters.map(quarterEnd).sort().at(-1)!;
	const batches = await db
		.select({
			id: feedbackBatch.id,
			w: feedbackBatch.workerUserId,
			releasedOn: feedbackBatch.releasedOn,
			counts: feedbackBatch.dimensionCounts
		})
		.from(feedbackBatch)
		.where(
			and(
				eq(feedbackBatch.organisationId, organisationId),
				gte(feedbackBatch.releasedOn, from),
				lt(feedbackBatch.releasedOn, to),
				inArray(feedbackBatch.workerUserId, [...workerUserIds])
			)
		);
	const counted = await countBatches(
		db,
		batches.filter((b) => !b.counts).map((b) => b.id)
	);
	const blank = (): WorkerQuarterCounts => ({ responses: 0, scored: {}, self: {}, distribution: {}, selfScore: {} });
	for (const b of batches) {
		const byWorker = result.get(quarterOf(b.releasedOn));
		if (!byWorker) continue;
		const counts = b.counts ?? counted.get(b.id)!;
		const c = byWorker.get(b.w) ?? blank();
		c.responses += counts.responses;
		for (const d of TEAM_DIMENSIONS) {
			const add = counts.distribution[d] ?? [0, 0, 0, 0, 0];
			const dist = (c.distribution[d] ??= [0, 0, 0, 0, 0]);
			add.forEach((n, i) => (dist[i] += n));
			c.scored[d] = dist.reduce((x, y) => x + y, 0);
		}
		byWorker.set(b.w, c);
	}
	const ratings = await db
		.select({ w: selfRating.workerUserId, quarter: selfRating.quarter, scores: selfRating.scores })
		.from(selfRating)
		.where(
			and(
				eq(selfRating.organisationId, organisationId),
				inArray(selfRating.quarter, [...quarters]),
				inArray(selfRating.workerUserId, [...workerUserIds])
			)
		);
	for (const r of ratings) {
		const byWorker = result.get(r.quarter)!;
		const c = byWorker.get(r.w) ?? blank();
		for (const d of TEAM_DIMENSIONS) {
			const v = r.scores[d];
			if (typeof v === 'number' && v >= 1 && v <= 5) {
				c.self[d] = true;
				c.selfScore[d] = v;
			}
		}
		byWorker.set(r.w, c);
	}
	return result;
}

/** The team's members who hold the worker role: whose answers the team mirror adds up. */
export async function teamWorkers(db: Db, teamId: string): Promise<{ userId: string }[]> {
	return db
		.select({ userId: membership.userId })
		.from(teamMember)
		.innerJoin(team, eq(team.id, teamMember.teamId))
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.where(
			and(
				eq(teamMember.teamId, teamId),
				eq(membership.organisationId, team.organisationId),
				sql`'worker' = any(${membership.roles})`
			)
		);
}

/** Everyone in the organisation who ever shared (a part of) their mirror, un-shared or not. */
export async function everSharers(db: Db, organisationId: string): Promise<Set<string>> {
	const rows = await db
		.selectDistinct({ w: teamMirrorShare.workerUserId })
		.from(teamMirrorShare)
		.where(eq(teamMirrorShare.organisationId, organisationId));
	return new Set(rows.map((r) => r.w));
}
