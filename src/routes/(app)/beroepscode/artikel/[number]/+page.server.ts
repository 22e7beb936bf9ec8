import { getArticleLinks } from '$lib/server/code/get-article-links';
import { findLinkableTopIdeas } from '$lib/server/code/find-linkable-top-ideas';
import { getCodeArticle } from '$lib/server/code/get-code-article';
import { linkTopIdea } from '$lib/server/code/link-top-idea';
import { getArticleFeedbackThemes } from '$lib/server/code/get-article-feedback-themes';
import { findLinkableFeedbackThemes } from '$lib/server/code/find-linkable-feedback-themes';
import { linkFeedbackTheme } from '$lib/server/code/link-feedback-theme';
import { unlinkFeedbackTheme } from '$lib/server/code/unlink-feedback-theme';
import { unlinkTopIdea } from '$lib/server/code/unlink-top-idea';
import { handleForm, orError } from '$lib/server/http';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { codeContext } from '../../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, codeId, actor, db } = await codeContext(event);
	const article = await orError(getCodeArticle(actor, db, { organisationId, codeId, number: event.params.number }));
	const links = await orError(
		getArticleLinks(actor, db, { organisationId, codeId: article.codeId, articleId: article.article.articleId })
	);
	const feedbackThemes = await orError(
		getArticleFeedbackThemes(actor, db, {
			organisationId,
			codeId: article.codeId,
			articleId: article.article.articleId
		})
	);
	return {
		feedbackThemes,
		// Themes an editor may still tie (the ones tied already left out).
		linkableThemes: links.canEdit
			? (await orError(findLinkableFeedbackThemes(actor, db, organisationId))).filter(
					(t) => !feedbackThemes.themes.some((l) => l.key === t.key)
				)
			: [],
		codeParam: codeId ? `?code=${encodeURIComponent(codeId)}` : '',
		article,
		links,
		// Residents' voice: what an editor may tie to the article.
		topIdeas: links.canEdit ? await orError(findLinkableTopIdeas(actor, db, organisationId)) : []
	};
};

const topIdeaSchema = z.object({ topIdeaId: z.uuid({ error: () => m.code_link_error_top_idea() }) });
const unlinkSchema = z.object({ linkId: z.uuid() });
const themeSchema = z.object({
	dimension: z
		.string({ error: () => m.voice_theme_error_unknown() })
		.min(1, { error: () => m.voice_theme_error_unknown() })
		.max(60)
});

export const actions: Actions = {
	linkTopIdea: async (event) => {
		const { organisationId, codeId, actor, db } = await codeContext(event);
		return handleForm(event.request, topIdeaSchema, async ({ topIdeaId }) => {
			const article = await getCodeArticle(actor, db, { organisationId, codeId, number: event.params.number });
			await linkTopIdea(actor, db, { organisationId, codeId, topIdeaId, articleId: article.article.articleId });
			return { topIdeaLinked: true as const };
		});
	},
	unlinkTopIdea: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		return handleForm(event.request, unlinkSchema, async ({ linkId }) => {
			await unlinkTopIdea(actor, db, { organisationId, linkId });
			return { topIdeaUnlinked: true as const };
		});
	},
	linkFeedbackTheme: async (event) => {
		const { organisationId, codeId, actor, db } = await codeContext(event);
		return handleForm(event.request, themeSchema, async ({ dimension }) => {
			const article = await getCodeArticle(actor, db, { organisationId, codeId, number: event.params.number });
			await linkFeedbackTheme(actor, db, { organisationId, codeId, dimension, articleId: article.article.articleId });
			return { themeLinked: true as const };
		});
	},
	unlinkFeedbackTheme: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		return handleForm(event.request, unlinkSchema, async ({ linkId }) => {
			await unlinkFeedbackTheme(actor, db, { organisationId, linkId });
			return { themeUnlinked: true as const };
		});
	}
};
