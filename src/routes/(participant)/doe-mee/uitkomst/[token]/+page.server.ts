import { error } from '@sveltejs/kit';
import { getAdviceOutcome } from '$lib/server/advice/get-advice-outcome';
import { AppError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

/**
 * "Wat deden we met jullie advies?": public, no account, no cookie read. Unknown and not-public
 * tokens get the same 404, so the page tells nothing about a session the facilitator has not made public.
 */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		return {
			outcome: await getAdviceOutcome(params.token, locals.app.database.db),
			locale: locals.locale,
			path: url.pathname
		};
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};
