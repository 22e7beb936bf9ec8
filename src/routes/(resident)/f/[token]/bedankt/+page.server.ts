import { error } from '@sveltejs/kit';
import { FeedbackError } from '$lib/server/feedback/feedback-error';
import { findFeedbackTarget } from '$lib/server/feedback/find-feedback-target';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { residentTexts } from '$lib/server/feedback/texts';
import { residentErrorPage } from '$lib/server/feedback/resident-error-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, request, locals }) => {
	const language = pickResidentLanguage(url, request.headers.get('accept-language'));
	try {
		const { request: req } = await findFeedbackTarget(params.token, locals.app.database.db);
		const t = residentTexts(language, req.address === 'u' ? 'u' : 'je');
		locals.htmlLang = t.lang;
		locals.htmlDir = t.dir;
		return { title: t.thanksTitle, text: t.thanks(req.firstName) };
	} catch (e) {
		if (e instanceof FeedbackError) {
			const t = residentTexts(language);
			locals.htmlLang = t.lang;
			locals.htmlDir = t.dir;
			error(e.status, residentErrorPage(e.reason, { language, path: `/f/${params.token}` }));
		}
		throw e;
	}
};
