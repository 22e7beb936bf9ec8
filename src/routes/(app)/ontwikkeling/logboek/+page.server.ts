import { redirect } from '@sveltejs/kit';
import { addSuggestedActivity } from '$lib/server/portfolio/add-suggested-activity';
import { findActivities } from '$lib/server/portfolio/find-activities';
import { findActivitySuggestions } from '$lib/server/portfolio/find-activity-suggestions';
import { handleForm, orError } from '$lib/server/http';
import { suggestionSchema } from '$lib/validation/portfolio-activity';
import { logContext } from './log-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await logContext(event);
	return {
		log: await orError(findActivities(actor, db, organisationId)),
		suggestions: await orError(findActivitySuggestions(actor, db, organisationId))
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		const result = await handleForm(event.request, suggestionSchema, (input) =>
			addSuggestedActivity(actor, db, { organisationId, ...input })
		);
		if ('id' in result) redirect(303, `/ontwikkeling/logboek?toegevoegd=${result.id}#regel-${result.id}`);
		return result;
	}
};
