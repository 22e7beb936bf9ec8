import { redirect } from '@sveltejs/kit';
import { getActivityForm } from '$lib/server/portfolio/get-activity-form';
import { saveActivity } from '$lib/server/portfolio/save-activity';
import { handleForm, orError } from '$lib/server/http';
import { activitySchema } from '$lib/validation/portfolio-activity';
import { logContext } from '../log-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await logContext(event);
	return { form: await orError(getActivityForm(actor, db, organisationId)) };
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		const result = await handleForm(event.request, activitySchema, (input) =>
			saveActivity(actor, db, { organisationId }, input)
		);
		if ('id' in result) redirect(303, `/ontwikkeling/logboek/${result.id}?bewaard=1`);
		return result;
	}
};
