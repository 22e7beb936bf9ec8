import { findSessionOrganisation } from '$lib/server/advice/find-session-organisation';
import { participantLanguage } from '$lib/server/advice/participant-language';
import { whoIsAsking } from '$lib/server/who-is-asking';
import type { LayoutServerLoad } from './$types';

/**
 * For every participant page, the error page included (it gets layout data only): the error page's
 * words and `<html lang dir>` in the participant's language (the pages pick it again), and "Wie vraagt
 * dit?": the organisation behind the join code, in that language.
 */
export const load: LayoutServerLoad = async (event) => {
	const { params, locals } = event;
	const { language, t, query } = participantLanguage(event);
	const organisation = params.code
		? await findSessionOrganisation(params.code, locals.app.database.db).catch(() => null)
		: null;
	return {
		shell: { errorTitle: t.errorTitle, otherCode: t.otherCode, home: query ? `/doe-mee?${query}` : '/doe-mee' },
		whoIsAsking: whoIsAsking('advice', language, organisation, { codeGiven: !!params.code })
	};
};
