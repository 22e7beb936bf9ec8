import { participantLanguage } from '$lib/server/advice/participant-language';
import type { LayoutServerLoad } from './$types';

/** The error page's words and `<html lang dir>` in the participant's language; the pages pick it again. */
export const load: LayoutServerLoad = async (event) => {
	const { t, query } = participantLanguage(event);
	return {
		shell: { errorTitle: t.errorTitle, otherCode: t.otherCode, home: query ? `/doe-mee?${query}` : '/doe-mee' }
	};
};
