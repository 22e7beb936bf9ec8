import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import { requireRole } from '../organisation/access';

export type FeedbackTemplateRow = typeof feedbackTemplate.$inferSelect;

/** The organisation's own questionnaires; any member may see them (to choose one for a request). */
export async function findFeedbackTemplates(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: { includeArchived?: boolean } = {}
): Promise<FeedbackTemplateRow[]> {
	await requireRole(db, actor, organisationId);
	return db
		.select()
		.from(feedbackTemplate)
		.where(
			and(
				eq(feedbackTemplate.organisationId, organisationId),
				options.includeArchived ? undefined : isNull(feedbackTemplate.archivedAt)
			)
		)
		.orderBy(asc(feedbackTemplate.name));
}
