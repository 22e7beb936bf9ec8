import { redirect } from '@sveltejs/kit';
import { createGoal } from '$lib/server/portfolio/create-goal';
import { findGoalDimensions } from '$lib/server/portfolio/find-goal-dimensions';
import { handleForm, orError } from '$lib/server/http';
import { goalSchema } from '$lib/validation/portfolio-goal';
import { goalContext } from '../goal-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await goalContext(event);
	return { dimensions: await orError(findGoalDimensions(actor, db, organisationId)) };
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		const result = await handleForm(event.request, goalSchema, (input) => createGoal(actor, db, organisationId, input));
		if ('id' in result) redirect(303, `/ontwikkeling/doelen/${result.id}?nieuw=1`);
		return result;
	}
};
