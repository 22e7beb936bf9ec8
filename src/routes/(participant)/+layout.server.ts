import { findSessionOrganisation } from '$lib/server/advice/find-session-organisation';
import { isResidentLanguage } from '$lib/server/feedback/texts';
import { whoIsAsking } from '$lib/server/who-is-asking';
import type { LayoutServerLoad } from './$types';

/**
 * "Wie vraagt dit?" for every participant page, the error page included (it gets layout data only):
 * the organisation behind the join code, in the page's language. The participant pages speak the
 * app's language (nl or en) unless `?taal=` names a resident language.
 */
export const load: LayoutServerLoad = async ({ params, url, locals }) => {
	const asked = url.searchParams.get('taal');
	const language = isResidentLanguage(asked) ? asked : locals.locale;
	const organisation = params.code
		? await findSessionOrganisation(params.code, locals.app.database.db).catch(() => null)
		: null;
	return { whoIsAsking: whoIsAsking('advice', language, organisation, { codeGiven: !!params.code }) };
};
