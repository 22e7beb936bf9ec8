import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeLink } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireCodeEditor } from './code-editor';

/** An editor takes a top idea off an article again. Only links of top ideas; a story is its writer's. */
export async function unlinkTopIdea(
	actor: Actor,
	db: Db,
	options: { organisationId: string; linkId: string }
): Promise<void> {
	await requireCodeEditor(db, actor, options.organisationId);
	if (!isUuid(options.linkId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const deleted = await db
		.delete(codeLink)
		.where(
			and(
				eq(codeLink.id, options.linkId),
				eq(codeLink.organisationId, options.organisationId),
				isNotNull(codeLink.adviceTopIdeaId)
			)
		)
		.returning({ id: codeLink.id });
	if (deleted.length === 0) throw new AppError('NOT_FOUND', m.error_not_found());
}
