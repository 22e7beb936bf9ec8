import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { and, eq, isNull } from 'drizzle-orm';
import { feedbackRequest, feedbackTemplate } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireRole, requireUser } from '../organisation/access';
import { newToken } from '../tokens';

export interface NewFeedbackRequest {
	label: string;
	firstName: string;
	address: 'je' | 'u';
	/** An organisation template (not archived), or null for the built-in "Vertrouwen". */
	templateId?: string | null;
}

/** A worker makes a personal feedback link (cards with one-time codes are made when printed). */
export async function createFeedbackRequest(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: NewFeedbackRequest
): Promise<{ id: string; token: string }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	if (input.templateId) {
		const [template] = await db
			.select({ id: feedbackTemplate.id })
			.from(feedbackTemplate)
			.where(
				and(
					eq(feedbackTemplate.id, input.templateId),
					eq(feedbackTemplate.organisationId, organisationId),
					isNull(feedbackTemplate.archivedAt)
				)
			);
		if (!template)
			throw new AppError('INVALID_INPUT', m.feedback_error_template(), { templateId: m.feedback_error_template() });
	}
	const token = newToken();
	const [row] = await db
		.insert(feedbackRequest)
		.values({
			organisationId,
			workerUserId: actor.userId,
			token,
			label: input.label,
			firstName: input.firstName,
			address: input.address,
			templateId: input.templateId ?? null
		})
		.returning({ id: feedbackRequest.id });
	return { id: row.id, token };
}
