import { randomInt } from 'node:crypto';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse, organisation } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { releaseBatches } from './release-batches';
import { workerDimensions } from './dimensions';

/** RFC 4180 quoting, and a leading apostrophe against formula injection in spreadsheets. */
export function csvCell(value: unknown): string {
	let s = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
	return /[",\n\r;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

export const CSV_HEADER = ['batch_released_on', 'batch_size', 'part', 'question', 'answer', 'count'] as const;

function shuffle<T>(items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/**
 * The worker's own released feedback as CSV (UTF-8 with BOM so spreadsheet programs read it right),
 * in long form, one batch after another:
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
	const keys = (await workerDimensions(db, actor.userId, organisationId)).map((d) => d.key);

	const lines = [CSV_HEADER.join(',')];
	const line = (cells: unknown[]) => lines.push(cells.map(csvCell).join(','));
	for (const batch of batches) {
		const rows = responses.filter((r) => r.batchId === batch.id);
		const head = [batch.releasedOn, batch.size];
		for (const key of keys) {
			const given = rows.map((r) => (r.scores as Record<string, number | null>)[key]).filter((v) => v !== undefined);
			if (given.length === 0) continue;
			if (given.length < k) {
				line([...head, 'score', key, 'te weinig antwoorden', '']);
				continue;
			}
			for (const answer of ['1', '2', '3', '4', '5', 'x']) {
				const n = given.filter((v) => (v === null ? 'x' : String(v)) === answer).length;
				line([...head, 'score', key, answer, n]);
			}
		}
		const texts = shuffle(
			rows.flatMap((r) => (['good', 'better'] as const).filter((q) => r[q]).map((q) => ({ question: q, answer: r[q] })))
		);
		for (const t of texts) line([...head, 'text', t.question, t.answer, '']);
		for (const f of shuffle(followUps.filter((x) => x.batchId === batch.id))) {
			line([...head, 'follow_up', 'follow_up', f.text, '']);
		}
	}
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.export',
		subjectType: 'feedback_response',
		details: { rows: responses.length, format: 'csv' }
	});
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
