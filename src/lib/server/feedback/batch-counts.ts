import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackBatch, feedbackResponse, type BatchCounts } from '../db/schema';
import { DIMENSIONS } from './questionnaire';

/**
 * Counts released batches once (not a use case): per batch how many answers, and per built-in question
 * how many gave each score 1..5, stored on the batch. A batch never changes after its release, so
 * whoever adds up batches (the team mirror, the organisation's figure on an article) reads these few
 * numbers instead of every answer. Called when a batch is released; a batch made before this column
 * existed (or inserted directly by the demo seed or a test) is counted the first time it is read.
 * One grouped query over the batches' answers, each answer's scores read once per question.
 */
export async function countBatches(db: Db, batchIds: readonly string[]): Promise<Map<string, BatchCounts>> {
	const counted = new Map<string, BatchCounts>();
	if (!batchIds.length) return counted;
	// Our own six keys (DIMENSIONS), never user input: safe as SQL aliases. `offset 0` keeps the planner
	// from folding the inner query into the outer one, which would read each answer again per score.
	const picked = DIMENSIONS.map((d) => `r.scores->>'${d}' as "d_${d}"`).join(', ');
	const columns = DIMENSIONS.flatMap((d) =>
		[1, 2, 3, 4, 5].map((v) => `count(*) filter (where "d_${d}" = '${v}')::int as "${d}_${v}"`)
	).join(', ');
	const ids = sql.join(
		batchIds.map((id) => sql`${id}`),
		sql`, `
	);
	const rows = rowsOf<Record<string, number | string>>(
		await db.execute(sql`
			select b, count(*)::int as n, ${sql.raw(columns)}
			from (select r.batch_id as b, ${sql.raw(picked)} from ${feedbackResponse} r where r.batch_id in (${ids}) offset 0) s
			group by 1
		`)
	);
	const byBatch = new Map(rows.map((row) => [String(row.b), row]));
	for (const id of batchIds) {
		const row = byBatch.get(id);
		const counts: BatchCounts = { responses: Number(row?.n ?? 0), distribution: {} };
		for (const d of DIMENSIONS) {
			counts.distribution[d] = [1, 2, 3, 4, 5].map((v) =>
				Number(row?.[`${d}_${v}`] ?? 0)
			) as BatchCounts['distribution'][string];
		}
		await db.update(feedbackBatch).set({ dimensionCounts: counts }).where(eq(feedbackBatch.id, id));
		counted.set(id, counts);
	}
	return counted;
}
