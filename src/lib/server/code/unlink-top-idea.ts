import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeLink } from '../db/schema';
import { removeAsEditor } from './code-editor';

/** An editor takes a top idea off an article again. Only links of top ideas; a story is its writer's. */
export function unlinkTopIdea(
	actor: Actor,
	db: Db,
	options: { organisationId: string; linkId: string }
): Promise<void> {
	return removeAsEditor(actor, db, { organisationId: options.organisationId, id: options.linkId }, (id) =>
		db
			.delete(codeLink)
			.where(
				and(
					eq(codeLink.id, id),
					eq(codeLink.organisationId, options.organisationId),
					isNotNull(codeLink.adviceTopIdeaId)
				)
			)
			.returning({ id: codeLink.id })
	);
}
