import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackRequest, feedbackTemplate } from '../db/schema';
import { notFound } from '../errors';
import { isUuid } from '../ids';
import { requireRole } from '../organisation/access';
import type { TemplateScale } from '../../feedback/scale';
import { templateQuestions } from './template-questions';

/**
 * An admin changes a questionnaire (docs/adr/0013). Stored answers never change meaning:
 * - no feedback link uses it yet: it is changed in place;
 * - links use it: the change becomes a new version (a new template with new question keys) that new
 *   links get; the old version is no longer offered, and the links that use it keep its questions,
 *   so every stored answer still belongs to the question it answered. The mirror shows the new
 *   version's questions apart from the old ones.
 * The id of the version to use from now on comes back.
 */
export async function updateFeedbackTemplate(
	actor: Actor,
	db: Db,
	organisationId: string,
	templateId: string,
	input: { name: string; questions: Record<string, string>[]; scale?: TemplateScale }
): Promise<{ id: string; newVersion: boolean }> {
	await requireRole(db, actor, organisationId, 'admin');
	if (!isUuid(templateId)) throw notFound();
	const questions = templateQuestions(input.questions, input.scale);
	return db.transaction(async (tx) => {
		const current = and(
			eq(feedbackTemplate.id, templateId),
			eq(feedbackTemplate.organisationId, organisationId),
			isNull(feedbackTemplate.archivedAt)
		);
		// Locks the row: a link being made with this questionnaire at the same moment waits (foreign key).
		const [row] = await tx.select({ id: feedbackTemplate.id }).from(feedbackTemplate).where(current).for('update');
		if (!row) throw notFound();
		const [used] = await tx
			.select({ id: feedbackRequest.id })
			.from(feedbackRequest)
			.where(eq(feedbackRequest.templateId, templateId))
			.limit(1);
		let id = templateId;
		if (used) {
			await tx.update(feedbackTemplate).set({ archivedAt: new Date() }).where(current);
			[{ id }] = await tx
				.insert(feedbackTemplate)
				.values({ organisationId, name: input.name, questions })
				.returning({ id: feedbackTemplate.id });
		} else {
			await tx.update(feedbackTemplate).set({ name: input.name, questions }).where(current);
		}
		await writeAudit(tx, actor, {
			organisationId,
			action: 'feedback_template.update',
			subjectType: 'feedback_template',
			subjectId: id,
			details: { newVersion: !!used, previous: used ? templateId : null }
		});
		return { id, newVersion: !!used };
	});
}
