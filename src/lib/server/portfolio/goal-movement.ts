import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackResponse, organisation } from '../db/schema';
import { todayInNL } from '../dates';

// Not a use case: how residents' scores on the goal's dimension moved since the goal was set. Only
// released batches count (a response has a batch only once released), and each counts whole on one
// side of the day the goal was set, so every figure rests on whole batches of at least k answers.
// A side with fewer than k scores on the dimension (many "weet ik niet") shows no mean, as in the
// mirror (mirror-stats.ts): no single answer can show.

interface MovementSide {
	batches: number;
	/** Answers in those batches, and how many of them gave a score on this dimension. */
	responses: number;
	scores: number;
	/** Rounded to one decimal; null when there are no batches or fewer than k scores. */
	mean: number | null;
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
	const rows = rowsOf<{ after: boolean; batches: number; responses: number; scores: number; total: number }>(
		await db.execute(sql`
			select b.released_on >= ${since}::date as after,
				count(distinct b.id)::int as batches,
				count(*)::int as responses,
				count(*) filter (where ${score} in ('1', '2', '3', '4', '5'))::int as scores,
				coalesce(sum(case when ${score} in ('1', '2', '3', '4', '5') then (${score})::int end), 0)::int as total
			from ${feedbackResponse} r join ${feedbackBatch} b on b.id = r.batch_id
			where r.worker_user_id = ${scope.workerUserId} and r.organisation_id = ${scope.organisationId}
				and b.worker_user_id = ${scope.workerUserId} and b.organisation_id = ${scope.organisationId}
			group by 1
		`)
	);
	const side = (after: boolean): MovementSide => {
		const row = rows.find((r) => Boolean(r.after) === after);
		if (!row) return { batches: 0, responses: 0, scores: 0, mean: null, tooFew: false };
		const scores = Number(row.scores);
		const tooFew = scores > 0 && scores < k;
		return {
			batches: Number(row.batches),
			responses: Number(row.responses),
			scores,
			mean: scores > 0 && !tooFew ? round1(Number(row.total) / scores) : null,
			tooFew
		};
	};
	const before = side(false);
	const after = side(true);
	const change = before.mean !== null && after.mean !== null ? round1(after.mean - before.mean) : null;
	return { since, k, before, after, change };
}
