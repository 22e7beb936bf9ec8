import { randomBytes } from 'node:crypto';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import { requireRole } from '../organisation/access';

/** An admin adds the organisation's own questionnaire: scale questions with their translations. */
export async function createFeedbackTemplate(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: { name: string; questions: Record<string, string>[] }
): Promise<{ id: string }> {
	await requireRole(db, actor, organisationId, 'admin');
	// Keys are random and never reused, so answers to different templates never mix in the mirror.
	const prefix = `t${randomBytes(4).toString('hex')}`;
	const questions = input.questions.map((texts, i) => ({ key: `${prefix}_${i + 1}`, texts }));
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(feedbackTemplate)
			.values({ organisationId, name: input.name, questions })
			.returning({ id: feedbackTemplate.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'feedback_template.create',
			subjectType: 'feedback_template',
			subjectId: row.id
		});
		return row;
	});
}
