import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import { notFound } from '../errors';
import { requireRole } from '../organisation/access';

/** Stops offering a template for new requests; requests that use it keep working. */
export async function archiveFeedbackTemplate(
	actor: Actor,
	db: Db,
	organisationId: string,
	templateId: string
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	const rows = await db
		.update(feedbackTemplate)
		.set({ archivedAt: new Date() })
		.where(
			and(
				eq(feedbackTemplate.id, templateId),
				eq(feedbackTemplate.organisationId, organisationId),
				isNull(feedbackTemplate.archivedAt)
			)
		)
		.returning({ id: feedbackTemplate.id });
	if (rows.length === 0) throw notFound();
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback_template.archive',
		subjectType: 'feedback_template',
		subjectId: templateId
	});
}
