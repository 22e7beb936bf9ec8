import { getLearningSession } from '$lib/server/team/get-learning-session';
import { orError } from '$lib/server/http';
import type { PageServerLoad } from './$types';

// The projector screen of a learning session: signed in (a participant's laptop, usually the
// voorzitter's), without the app's header and menu. Only participants open it.
export const load: PageServerLoad = async ({ locals, params, depends }) => {
	depends('team:session');
	const session = await orError(getLearningSession(locals.actor!, locals.app.database.db, params.id));
	return { session };
};
