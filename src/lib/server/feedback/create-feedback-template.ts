import { randomBytes } from 'node:crypto';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import { FACE_SCALE, normaliseScale, type TemplateScale } from '../../feedback-scale';
import { m } from '../../paraglide/messages';
import { RESIDENT_LANGUAGES } from './texts';

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
	// The route's zod schema already checked this; the use case does not trust its callers.
	const scale = input.scale === undefined ? FACE_SCALE : normaliseScale(input.scale, RESIDENT_LANGUAGES);
	if (!scale)
		throw new AppError('INVALID_INPUT', m.template_error_scale_invalid(), { scale: m.template_error_scale_invalid() });
	// Keys are random and never reused, so answers to different templates never mix in the mirror.
	const prefix = `t${randomBytes(4).toString('hex')}`;
	// The scale goes with every question: the mirror, the exports and the form read it from there.
	const questions = input.questions.map((texts, i) => ({ key: `${prefix}_${i + 1}`, texts, scale }));
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
			details: { scale: scale.kind }
		});
		return row;
	});
}
