import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import { requireRole } from '../organisation/access';
import type { TemplateScale } from '../../feedback/scale';
import { templateQuestions } from './template-questions';

/**
 * An admin adds the organisation's own questionnaire: scale questions with their translations (also
 * easy-read and child Dutch) and one five-point answer scale for all of them (faces by default).
 */
export async function createFeedbackTemplate(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: { name: string; questions: Record<string, string>[]; scale?: TemplateScale }
): Promise<{ id: string }> {
	await requireRole(db, actor, organisationId, 'admin');
	const questions = templateQuestions(input.questions, input.scale);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(feedbackTemplate)
			.values({ organisationId, name: input.name, questions })
			.returning({ id: feedbackTemplate.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'feedback_template.create',
			subjectType: 'feedback_template',
			subjectId: row.id,
			details: { scale: questions[0]?.scale?.kind ?? 'face' }
		});
		return row;
	});
}
