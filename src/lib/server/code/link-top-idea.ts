import type { ArticleId, CodeId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession, adviceTopIdea, codeLink } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { readableVersion } from './code-access';
import { requireCodeEditor } from './code-editor';
import { resolveLinkTargets } from './code-link-targets';

/**
 * Residents' voice beside the code: an editor ties an advice top idea of the organisation to one
 * article. A top idea of another organisation is NOT_FOUND; a link that exists already is kept.
 */
export async function linkTopIdea(
	actor: Actor,
	db: Db,
	options: { organisationId: string; topIdeaId: string; articleId: ArticleId; codeId?: CodeId | null }
): Promise<void> {
	requireUser(actor);
	await requireCodeEditor(db, actor, options.organisationId);
	if (!isUuid(options.topIdeaId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [idea] = await db
		.select({ id: adviceTopIdea.id })
		.from(adviceTopIdea)
		.innerJoin(adviceSession, eq(adviceSession.id, adviceTopIdea.sessionId))
		.where(and(eq(adviceTopIdea.id, options.topIdeaId), eq(adviceSession.organisationId, options.organisationId)));
	if (!idea) throw new AppError('NOT_FOUND', m.error_not_found());
	const version = await readableVersion(actor, db, options);
	if (!version) throw new AppError('NOT_FOUND', m.error_not_found());
	const { articleIds } = await resolveLinkTargets(db, version, [`a:${options.articleId}`]);
	const [existing] = await db
		.select({ id: codeLink.id })
		.from(codeLink)
		.where(
			and(
				eq(codeLink.codeId, version.codeId),
				eq(codeLink.articleId, articleIds[0]),
				eq(codeLink.adviceTopIdeaId, idea.id)
			)
		);
	if (existing) return;
	await db.insert(codeLink).values({
		organisationId: options.organisationId,
		codeId: version.codeId,
		articleId: articleIds[0],
		adviceTopIdeaId: idea.id,
		createdByUserId: actor.userId
	});
}
