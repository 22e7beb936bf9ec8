import { randomInt } from 'node:crypto';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse, organisation } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { releaseBatches } from './release-batches';
import { workerDimensions } from './dimensions';
import { dimensionLabel } from './dimension-label';
import { csvDate, toCsv } from '../csv';
import { m } from '../../paraglide/messages';

/** The columns, in the language of the signed-in worker (Dutch by default). */
const csvHeader = () => [
	m.export_csv_released_on(),
	m.export_csv_batch_size(),
	m.export_csv_part(),
	m.export_csv_question(),
	m.export_csv_answer(),
	m.export_csv_count()
];

function shuffle<T>(items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/**
 * The worker's own released feedback as CSV (the Dutch Excel dialect of csv.ts), in long form, one
 * batch after another:
 * - `score` rows: per question the number of answers per score (1–5, x = "weet ik niet"); a question
 *   fewer than k people answered in the batch shows no counts at all;
 * - `text` and `follow_up` rows: each open answer on its own row, shuffled within the batch.
 * Names given for a call back are not in it: they are contact requests, apart from every batch.
 * No row holds two things of one response (its scores, its texts, its language, who filled it in), so
 * nothing in the file singles out one resident within a batch of at least k.
 */
export async function exportFeedbackCsv(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: { now?: Date } = {}
): Promise<string> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	await releaseBatches(db, actor.userId, organisationId, options.now);
	const [{ k }] = await db
		.select({ k: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	const mine = and(
		eq(feedbackResponse.workerUserId, actor.userId),
		eq(feedbackResponse.organisationId, organisationId),
		isNotNull(feedbackResponse.batchId)
	);
	const batches = await db
		.select({ id: feedbackBatch.id, releasedOn: feedbackBatch.releasedOn, size: feedbackBatch.size })
		.from(feedbackBatch)
		.where(and(eq(feedbackBatch.workerUserId, actor.userId), eq(feedbackBatch.organisationId, organisationId)))
		.orderBy(asc(feedbackBatch.releasedOn), asc(feedbackBatch.id));
	const responses = await db
		.select({
			batchId: feedbackResponse.batchId,
			scores: feedbackResponse.scores,
			good: feedbackResponse.good,
			better: feedbackResponse.better
		})
		.from(feedbackResponse)
		.where(mine);
	const followUps = await db
		.select({ batchId: feedbackFollowUp.batchId, text: feedbackFollowUp.text })
		.from(feedbackFollowUp)
		.where(
			and(
				eq(feedbackFollowUp.workerUserId, actor.userId),
				eq(feedbackFollowUp.organisationId, organisationId),
				isNotNull(feedbackFollowUp.batchId)
			)
		);
	const dimensions = await workerDimensions(db, actor.userId, organisationId);
	const openQuestion = { good: m.export_csv_good(), better: m.export_csv_better() };

	const lines: unknown[][] = [];
	const line = (cells: unknown[]) => lines.push(cells);
	for (const batch of batches) {
		const rows = responses.filter((r) => r.batchId === batch.id);
		const head = [csvDate(batch.releasedOn), batch.size];
		for (const dim of dimensions) {
			const question = dimensionLabel(dim);
			const given = rows
				.map((r) => (r.scores as Record<string, number | null>)[dim.key])
				.filter((v) => v !== undefined);
			if (given.length === 0) continue;
			if (given.length < k) {
				line([...head, m.export_csv_part_score(), question, m.export_csv_too_few(), '']);
				continue;
			}
			for (const answer of ['1', '2', '3', '4', '5', 'x']) {
				const n = given.filter((v) => (v === null ? 'x' : String(v)) === answer).length;
				line([...head, m.export_csv_part_score(), question, answer === 'x' ? m.export_csv_dont_know() : answer, n]);
			}
		}
		const texts = shuffle(
			rows.flatMap((r) => (['good', 'better'] as const).filter((q) => r[q]).map((q) => ({ question: q, answer: r[q] })))
		);
		for (const t of texts) line([...head, m.export_csv_part_text(), openQuestion[t.question], t.answer, '']);
		for (const f of shuffle(followUps.filter((x) => x.batchId === batch.id))) {
			line([...head, m.export_csv_part_follow_up(), m.export_csv_follow_up_question(), f.text, '']);
		}
	}
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.export',
		subjectType: 'feedback_response',
		details: { rows: responses.length, format: 'csv' }
	});
	return toCsv(csvHeader(), lines);
}
