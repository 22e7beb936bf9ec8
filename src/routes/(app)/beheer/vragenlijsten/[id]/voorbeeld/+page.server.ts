import { redirect } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { formQuestions } from '$lib/server/feedback/dimensions';
import { getFeedbackTemplate } from '$lib/server/feedback/get-feedback-template';
import { pageTexts } from '$lib/server/feedback/resident-page-texts';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { MAX_MEDIA_MB, MAX_TEXT } from '$lib/server/feedback/response-input';
import { RESIDENT_LANGUAGES, residentTexts } from '$lib/server/feedback/texts';
import { orError } from '$lib/server/http';
import type { PageServerLoad } from './$types';

const LANGUAGES = RESIDENT_LANGUAGES.map((code) => {
	const t = residentTexts(code);
	return { code, name: t.name, lang: t.lang, dir: t.dir };
});

/**
 * The admin's preview of a questionnaire: the resident form as a resident gets it, in every resident
 * language, without the app's shell (the page resets to the root layout, +page@.svelte) and without a
 * way to send it. The (app) guard does not run for a reset page: it is done here, and the use case
 * checks the admin role itself.
 */
export const load: PageServerLoad = async ({ locals, cookies, params, url, request }) => {
	if (!locals.user) redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname)}`);
	const organisationId = await requireCurrentOrganisationId(locals, cookies);
	const template = await orError(getFeedbackTemplate(locals.actor!, locals.app.database.db, organisationId, params.id));
	const language = pickResidentLanguage(url, request.headers.get('accept-language'));
	// "[naam]" becomes the admin's own first name, as a worker's would for a resident.
	const firstName = locals.user.name.split(' ')[0] || locals.user.name;
	const t = residentTexts(language, 'je');
	locals.htmlLang = t.lang;
	locals.htmlDir = t.dir;
	return {
		template: { id: template.id, name: template.name },
		t: pageTexts(t, firstName, template.batchSize),
		language,
		languages: LANGUAGES,
		questions: formQuestions(template, language, t, firstName),
		maxText: MAX_TEXT,
		maxMediaBytes: MAX_MEDIA_MB * 1024 * 1024,
		uiLang: locals.locale
	};
};
