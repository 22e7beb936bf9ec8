import { and, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackRequest, feedbackTemplate, organisation } from '../db/schema';
import { notFound } from '../errors';
import { isUuid } from '../ids';
import { requireRole } from '../organisation/access';
import type { FeedbackTemplateRow } from './find-feedback-templates';

/**
 * One of the organisation's questionnaires that is still offered, for the admin's edit page and its
 * preview; with the number of feedback links that use it (then an edit makes a new version) and the
 * organisation's batch size (the preview says "samen met die van minstens … anderen" as the form does).
 */
export async function getFeedbackTemplate(
	actor: Actor,
	db: Db,
	organisationId: string,
	templateId: string
): Promise<FeedbackTemplateRow & { requests: number; batchSize: number }> {
	await requireRole(db, actor, organisationId, 'admin');
	if (!isUuid(templateId)) throw notFound();
	const [row] = await db
		.select()
		.from(feedbackTemplate)
		.where(
			and(
				eq(feedbackTemplate.id, templateId),
				eq(feedbackTemplate.organisationId, organisationId),
				isNull(feedbackTemplate.archivedAt)
			)
		);
	if (!row) throw notFound();
	const [{ n }] = await db
		.select({ n: count() })
		.from(feedbackRequest)
		.where(and(eq(feedbackRequest.templateId, templateId), eq(feedbackRequest.organisationId, organisationId)));
	const [{ batchSize }] = await db
		.select({ batchSize: organisation.feedbackBatchSize })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	return { ...row, requests: Number(n), batchSize };
}
