import { getMyCodeRoundAnswers } from '$lib/server/code/get-my-code-round-answers';
import { orError } from '$lib/server/http';
import type { PageServerLoad } from './$types';

// A respondent's personal page (issue 17): what was done with their own reactions in a consultation
// round. No account: the token in the address is the key, for members and open-link visitors alike.
// Rendered on the server only (csr = false in the (public) layout).
export const load: PageServerLoad = async (event) => ({
	answers: await orError(getMyCodeRoundAnswers(event.params.token, event.locals.app.database.db))
});
