import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import {
	feedbackBatch,
	feedbackResponse,
	membership,
	selfRating,
	team,
	teamMember,
	teamMirrorShare
} from '../db/schema';
import { DIMENSIONS } from '../feedback/questionnaire';
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
 * Per quarter (of release) and worker: released responses, and per dimension the scores. One pass
 * over the responses of the given workers in the given quarters, grouped in SQL.
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
	// The keys are our own six (TEAM_DIMENSIONS), never user input: safe as SQL aliases. Each answer is
	// read out of the jsonb once per dimension in the inner query (`offset 0` keeps the planner from
	// folding it into the outer one, which would read it again for each of the five scores): 6 look-ups
	// per response instead of 30, which was most of the first view's time (issue 16, bench/team-mirror.ts).
	const picked = TEAM_DIMENSIONS.map((d) => `r.scores->>'${d}' as "d_${d}"`).join(', ');
	const columns = TEAM_DIMENSIONS.flatMap((d) =>
		[1, 2, 3, 4, 5].map((v) => `count(*) filter (where "d_${d}" = '${v}')::int as "${d}_${v}"`)
	).join(', ');
	const workers = sql.join(
		workerUserIds.map((w) => sql`${w}`),
		sql`, `
	);
	const rows = rowsOf<Record<string, number | string>>(
		await db.execute(sql`
			select w, y, q, count(*)::int as n, ${sql.raw(columns)}
			from (
				select r.worker_user_id as w, extract(year from b.released_on)::int as y,
					extract(quarter from b.released_on)::int as q, ${sql.raw(picked)}
				from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
				where r.organisation_id = ${organisationId} and b.organisation_id = ${organisationId}
					and b.released_on >= ${from}::date and b.released_on < ${to}::date
					and r.worker_user_id in (${workers})
				offset 0
			) s
			group by 1, 2, 3
		`)
	);
	const blank = (): WorkerQuarterCounts => ({ responses: 0, scored: {}, self: {}, distribution: {}, selfScore: {} });
	for (const row of rows) {
		const byWorker = result.get(`${row.y}-Q${row.q}`);
		if (!byWorker) continue;
		const c = blank();
		c.responses = Number(row.n);
		for (const d of TEAM_DIMENSIONS) {
			const dist = [1, 2, 3, 4, 5].map((v) => Number(row[`${d}_${v}`])) as [number, number, number, number, number];
			c.distribution[d] = dist;
			c.scored[d] = dist.reduce((a, b) => a + b, 0);
		}
		byWorker.set(String(row.w), c);
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
