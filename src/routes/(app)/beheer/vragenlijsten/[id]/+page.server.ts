import { redirect } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { getFeedbackTemplate } from '$lib/server/feedback/get-feedback-template';
import { updateFeedbackTemplate } from '$lib/server/feedback/update-feedback-template';
import { questionScale } from '$lib/server/feedback/scales';
import { handleForm, orError } from '$lib/server/http';
import { scaleLabels } from '$lib/scale-labels';
import { TEMPLATE_LANGUAGES, feedbackTemplateSchema } from '$lib/validation/feedback';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
	const { organisationId, locale } = await parent();
	const template = await orError(getFeedbackTemplate(locals.actor!, locals.app.database.db, organisationId, params.id));
	const scale = template.questions[0] ? questionScale(template.questions[0]) : { kind: 'face' as const };
	// The form's fields, filled with what is stored (one question per line, per language).
	const values: Record<string, string> = { name: template.name, scale: scale.kind };
	for (const lang of TEMPLATE_LANGUAGES) {
		const lines = template.questions.map((q) => q.texts[lang] ?? '');
		values[`questions_${lang}`] = lines.some(Boolean) ? lines.join('\n') : '';
		values[`scale_${lang}`] = scale.kind === 'own' ? (scale.words[lang] ?? []).join('\n') : '';
	}
	return {
		template: { id: template.id, name: template.name, requests: template.requests },
		values,
		saved: url.searchParams.get('opgeslagen'),
		readyScales: {
			face: scaleLabels({ kind: 'face' }, locale),
			agree: scaleLabels({ kind: 'agree' }, locale),
			frequency: scaleLabels({ kind: 'frequency' }, locale)
		}
	};
};

export const actions: Actions = {
	update: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const result = await handleForm(request, feedbackTemplateSchema, (input) =>
			updateFeedbackTemplate(locals.actor!, locals.app.database.db, organisationId, params.id, input)
		);
		if ('status' in result) return result;
		// A new version has a new address: the page of the version that is offered from now on.
		redirect(303, `/beheer/vragenlijsten/${result.id}?opgeslagen=${result.newVersion ? 'versie' : 'ja'}`);
	}
};
