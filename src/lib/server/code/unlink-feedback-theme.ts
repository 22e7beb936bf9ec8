import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeFeedbackThemeLink } from '../db/schema';
import { removeAsEditor } from './code-editor';

/** An editor takes a feedback theme off an article again. */
export function unlinkFeedbackTheme(
	actor: Actor,
	db: Db,
	options: { organisationId: string; linkId: string }
): Promise<void> {
	return removeAsEditor(actor, db, { organisationId: options.organisationId, id: options.linkId }, (id) =>
		db
			.delete(codeFeedbackThemeLink)
			.where(and(eq(codeFeedbackThemeLink.id, id), eq(codeFeedbackThemeLink.organisationId, options.organisationId)))
			.returning({ id: codeFeedbackThemeLink.id })
	);
}
