import type { ArticleId, CodeId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeFeedbackThemeLink } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { readableVersion } from './code-access';
import { requireCodeEditor } from './code-editor';
import { resolveLinkTargets } from './code-link-targets';
import { organisationThemes } from './feedback-themes';

/**
 * Residents' voice beside the code: an editor ties a feedback theme (a dimension of the organisation's
 * questionnaires) to one article. A key the organisation does not use is a clear 400; a link that
 * exists already is kept.
 */
export async function linkFeedbackTheme(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dimension: string; articleId: ArticleId; codeId?: CodeId | null }
): Promise<void> {
	requireUser(actor);
	await requireCodeEditor(db, actor, options.organisationId);
	const themes = await organisationThemes(db, options.organisationId);
	if (!themes.some((t) => t.key === options.dimension)) {
		throw new AppError('INVALID_INPUT', m.voice_theme_error_unknown(), { dimension: m.voice_theme_error_unknown() });
	}
	const version = await readableVersion(actor, db, options);
	if (!version) throw new AppError('NOT_FOUND', m.error_not_found());
	const { articleIds } = await resolveLinkTargets(db, version, [`a:${options.articleId}`]);
	await db
		.insert(codeFeedbackThemeLink)
		.values({
			organisationId: options.organisationId,
			codeId: version.codeId,
			articleId: articleIds[0],
			dimension: options.dimension,
			createdByUserId: actor.userId
		})
		.onConflictDoNothing();
}
