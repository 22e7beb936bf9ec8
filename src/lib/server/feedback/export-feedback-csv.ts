import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { releaseBatches } from './release-batches';
import { workerDimensions } from './dimensions';

/** RFC 4180 quoting, and a leading apostrophe against formula injection in spreadsheets. */
export function csvCell(value: unknown): string {
	let s = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
	return /[",\n\r;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** The worker's own released feedback as CSV (UTF-8 with BOM so spreadsheet programs read it right). */
export async function exportFeedbackCsv(actor: Actor, db: Db, organisationId: string): Promise<string> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	await releaseBatches(db, actor.userId, organisationId);
	const rows = await db
		.select({
			releasedOn: feedbackBatch.releasedOn,
			batchId: feedbackBatch.id,
			raterType: feedbackResponse.raterType,
			language: feedbackResponse.language,
			scores: feedbackResponse.scores,
			good: feedbackResponse.good,
			better: feedbackResponse.better,
			followUp: feedbackResponse.followUp,
			contactName: feedbackResponse.contactName,
			contact: feedbackResponse.contact
		})
		.from(feedbackResponse)
		.innerJoin(feedbackBatch, eq(feedbackBatch.id, feedbackResponse.batchId))
		.where(
			and(
				eq(feedbackResponse.workerUserId, actor.userId),
				eq(feedbackResponse.organisationId, organisationId),
				isNotNull(feedbackResponse.batchId)
			)
		)
		.orderBy(asc(feedbackBatch.releasedOn), asc(feedbackResponse.shuffle));
	const keys = (await workerDimensions(db, actor.userId, organisationId)).map((d) => d.key);
	const header = [
		'batch_released_on',
		'rater',
		'language',
		...keys,
		'good',
		'better',
		'follow_up',
		'contact_name',
		'contact'
	];
	const lines = [header.join(',')];
	for (const r of rows) {
		const scores = r.scores as Record<string, number | null>;
		lines.push(
			[
				r.releasedOn,
				r.raterType,
				r.language,
				...keys.map((d) => (d in scores ? (scores[d] ?? 'x') : '')),
				r.good,
				r.better,
				r.followUp,
				r.contactName,
				r.contact
			]
				.map(csvCell)
				.join(',')
		);
	}
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.export',
		subjectType: 'feedback_response',
		details: { rows: rows.length, format: 'csv' }
	});
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
