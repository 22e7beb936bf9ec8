import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackResponse, organisation } from '../db/schema';
import { todayInNL } from '../dates';

// Not a use case: how residents' scores on the goal's dimension moved since the goal was set. Only
// released batches count (a response has a batch only once released), each whole on one side of the
// day the goal was set, and only a batch in which at least k answers scored this dimension (many
// "weet ik niet" leave fewer). So every figure, and every difference between two goals' figures
// (set on different days), is made of whole batches of at least k scores: no single answer can show.

interface MovementSide {
	/** Released batches on this side, and how many of them count (at least k scores on the dimension). */
	batches: number;
	counted: number;
	/** Scores on the dimension in the counted batches. */
	scores: number;
	/** Rounded to one decimal; null when no batch counts. */
	mean: number | null;
	/** There are batches, but none with k scores on this dimension. */
	tooFew: boolean;
}

export interface GoalMovement {
	/** The day the goal was set (Dutch time): batches released before it are "before". */
	since: string;
	k: number;
	before: MovementSide;
	after: MovementSide;
	/** Both sides have a mean: the change, rounded to one decimal. */
	change: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function goalMovement(
	db: Db,
	scope: { workerUserId: string; organisationId: string; dimension: string; setAt: Date }
): Promise<GoalMovement> {
	const since = todayInNL(scope.setAt);
	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, scope.organisationId));
	const score = sql`(r.scores ->> ${scope.dimension})`;
	const valid = sql`${score} in ('1', '2', '3', '4', '5')`;
	const rows = rowsOf<{ after: boolean; batches: number; counted: number; scores: number; total: number }>(
		await db.execute(sql`
			with per_batch as (
				select b.released_on >= ${since}::date as after,
					count(*) filter (where ${valid})::int as scores,
					coalesce(sum(case when ${valid} then (${score})::int end), 0)::int as total
				from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
				where r.worker_user_id = ${scope.workerUserId} and r.organisation_id = ${scope.organisationId}
					and b.worker_user_id = ${scope.workerUserId} and b.organisation_id = ${scope.organisationId}
				group by b.id, b.released_on
			)
			select after, count(*)::int as batches,
				count(*) filter (where scores >= ${k})::int as counted,
				coalesce(sum(scores) filter (where scores >= ${k}), 0)::int as scores,
				coalesce(sum(total) filter (where scores >= ${k}), 0)::int as total
			from per_batch
			group by after
		`)
	);
	const side = (after: boolean): MovementSide => {
		const row = rows.find((r) => Boolean(r.after) === after);
		if (!row) return { batches: 0, counted: 0, scores: 0, mean: null, tooFew: false };
		const counted = Number(row.counted);
		const scores = Number(row.scores);
		return {
			batches: Number(row.batches),
			counted,
			scores,
			mean: counted > 0 && scores > 0 ? round1(Number(row.total) / scores) : null,
			tooFew: counted === 0
		};
	};
	const before = side(false);
	const after = side(true);
	const change = before.mean !== null && after.mean !== null ? round1(after.mean - before.mean) : null;
	return { since, k, before, after, change };
}
