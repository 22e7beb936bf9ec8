import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { getSelfRating } from '$lib/server/feedback/get-self-rating';
import { updateSelfRating } from '$lib/server/feedback/update-self-rating';
import { handleForm, orError } from '$lib/server/http';
import { selfRatingSchema } from '$lib/validation/feedback';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	const self = await orError(getSelfRating(locals.actor!, locals.app.database.db, organisation?.organisationId ?? ''));
	return { self };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, selfRatingSchema, async (input) => {
			const scores = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<
				string,
				number | null
			>;
			await updateSelfRating(locals.actor!, locals.app.database.db, organisationId, { scores });
			return { saved: true as const };
		});
	}
};
