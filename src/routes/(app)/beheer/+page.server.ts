import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { getOrganisation } from '$lib/server/organisation/get-organisation';
import { updateOrganisation } from '$lib/server/organisation/update-organisation';
import { handleForm, orError } from '$lib/server/http';
import { organisationSettingsSchema } from '$lib/validation/organisation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId } = await parent();
	const org = await orError(getOrganisation(locals.actor!, locals.app.database.db, organisationId));
	return { settings: org };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, organisationSettingsSchema, async (input) => {
			await updateOrganisation(locals.actor!, locals.app.database.db, organisationId, input);
			return { saved: true as const };
		});
	}
};
