import { findFeedbackOrganisation } from '$lib/server/feedback/find-feedback-organisation';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { whoIsAsking } from '$lib/server/who-is-asking';
import type { LayoutServerLoad } from './$types';

/**
 * "Wie vraagt dit?" for every resident page, the error page included (it gets layout data only):
 * the organisation behind the link or card, in the page's language (as /f/[token] picks it).
 */
export const load: LayoutServerLoad = async ({ params, url, request, locals }) => {
	const language = pickResidentLanguage(url, request.headers.get('accept-language'), locals.feedbackDone?.language);
	const found = params.token
		? // The block must never cost the resident the page: the page's own load reports a broken database.
			await findFeedbackOrganisation(params.token, locals.app.database.db).catch(() => null)
		: null;
	return {
		whoIsAsking: whoIsAsking('feedback', language, found?.organisation ?? null, {
			address: found?.address,
			worker: found?.firstName,
			codeGiven: !!params.token
		})
	};
};
