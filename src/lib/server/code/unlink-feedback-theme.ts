import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeFeedbackThemeLink } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireCodeEditor } from './code-editor';

/** An editor takes a feedback theme off an article again. */
export async function unlinkFeedbackTheme(
	actor: Actor,
	db: Db,
	options: { organisationId: string; linkId: string }
): Promise<void> {
	await requireCodeEditor(db, actor, options.organisationId);
	if (!isUuid(options.linkId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const deleted = await db
		.delete(codeFeedbackThemeLink)
		.where(
			and(
				eq(codeFeedbackThemeLink.id, options.linkId),
				eq(codeFeedbackThemeLink.organisationId, options.organisationId)
			)
		)
		.returning({ id: codeFeedbackThemeLink.id });
	if (deleted.length === 0) throw new AppError('NOT_FOUND', m.error_not_found());
}
