import { fail } from '@sveltejs/kit';
import { closeCodeRound } from '$lib/server/code/close-code-round';
import { getCodeRoundResults } from '$lib/server/code/get-code-round-results';
import { AppError } from '$lib/server/errors';
import { orError } from '$lib/server/http';
import { codeContext } from '../../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const results = await orError(getCodeRoundResults(actor, db, { organisationId, roundId: event.params.id }));
	return { results, origin: event.url.origin };
};

export const actions: Actions = {
	sluit: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		try {
			await closeCodeRound(actor, db, { organisationId, roundId: event.params.id });
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { message: e.message });
			throw e;
		}
		return { closed: true };
	}
};
