import { z } from 'zod';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { archiveFeedbackTemplate } from '$lib/server/feedback/archive-feedback-template';
import { createFeedbackTemplate } from '$lib/server/feedback/create-feedback-template';
import { findFeedbackTemplates } from '$lib/server/feedback/find-feedback-templates';
import { questionScale } from '$lib/server/feedback/scales';
import { handleForm, orError } from '$lib/server/http';
import { scaleLabels } from '$lib/scale-labels';
import { feedbackTemplateSchema } from '$lib/validation/feedback';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId, locale } = await parent();
	const templates = await orError(findFeedbackTemplates(locals.actor!, locals.app.database.db, organisationId));
	return {
		templates: templates.map((t) => ({
			id: t.id,
			name: t.name,
			questions: t.questions.map((q) => q.texts.nl ?? ''),
			languages: [...new Set(t.questions.flatMap((q) => Object.keys(q.texts)))],
			scale: t.questions[0] ? scaleLabels(questionScale(t.questions[0]), locale) : null
		})),
		readyScales: {
			face: scaleLabels({ kind: 'face' }, locale),
			agree: scaleLabels({ kind: 'agree' }, locale),
			frequency: scaleLabels({ kind: 'frequency' }, locale)
		}
	};
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, feedbackTemplateSchema, async (input) => {
			await createFeedbackTemplate(locals.actor!, locals.app.database.db, organisationId, input);
			return { created: true as const };
		});
	},
	archive: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, z.object({ templateId: z.uuid() }), async ({ templateId }) => {
			await archiveFeedbackTemplate(locals.actor!, locals.app.database.db, organisationId, templateId);
			return { archived: true as const };
		});
	}
};
