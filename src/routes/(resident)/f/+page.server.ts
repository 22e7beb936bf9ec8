import { fail, redirect } from '@sveltejs/kit';
import { normaliseCardCode } from '$lib/server/feedback/codes';
import { findFeedbackTarget } from '$lib/server/feedback/find-feedback-target';
import { FeedbackError } from '$lib/server/feedback/feedback-error';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { RESIDENT_LANGUAGES, residentTexts } from '$lib/server/feedback/texts';
import type { Actions, PageServerLoad } from './$types';

const pageData = (language: ReturnType<typeof pickResidentLanguage>) => {
	const t = residentTexts(language);
	return {
		language,
		languages: RESIDENT_LANGUAGES.map((code) => ({
			code,
			name: residentTexts(code).name,
			lang: residentTexts(code).lang
		})),
		t: {
			lang: t.lang,
			dir: t.dir,
			title: t.cardTitle,
			intro: t.cardIntro,
			code: t.cardCode,
			submit: t.cardSubmit,
			languageLabel: t.languageLabel,
			errorTitle: t.errorTitle
		}
	};
};

/** "/f": the short address printed on cards, where a resident types the card's code. */
export const load: PageServerLoad = async ({ url, request, locals }) => {
	const data = pageData(pickResidentLanguage(url, request.headers.get('accept-language')));
	locals.htmlLang = data.t.lang;
	locals.htmlDir = data.t.dir;
	return data;
};

export const actions: Actions = {
	default: async ({ request, url, locals }) => {
		const form = await request.formData().catch(() => new FormData());
		const language = pickResidentLanguage(url, request.headers.get('accept-language'), form.get('taal'));
		const t = residentTexts(language);
		locals.htmlLang = t.lang;
		locals.htmlDir = t.dir;
		const typed = String(form.get('code') ?? '').slice(0, 40);
		const code = normaliseCardCode(typed);
		if (!code) return fail(400, { code: typed, message: t.errors.cardUnknown });
		try {
			// A used card goes on to its form like an unused one: see findOpenFeedbackTarget.
			await findFeedbackTarget(code, locals.app.database.db);
		} catch (e) {
			if (e instanceof FeedbackError) return fail(e.status, { code: typed, message: t.errors[e.reason] });
			throw e;
		}
		redirect(303, `/f/${code}?taal=${language}`);
	}
};
