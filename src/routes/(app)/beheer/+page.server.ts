import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { getOrganisation } from '$lib/server/organisation/get-organisation';
import { updateOrganisation } from '$lib/server/organisation/update-organisation';
import { handleForm, orError } from '$lib/server/http';
import { organisationSettingsSchema } from '$lib/validation/organisation';
import { privacyDefaults } from '$lib/server/organisation/privacy-defaults';
import { RESIDENT_LANGUAGES, residentTexts } from '$lib/server/feedback/texts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId } = await parent();
	const org = await orError(getOrganisation(locals.actor!, locals.app.database.db, organisationId));
	return {
		settings: org,
		privacyDefaults: privacyDefaults(org),
		privacyLanguages: Object.fromEntries(
			RESIDENT_LANGUAGES.map((code) => [code, { lang: residentTexts(code).lang, dir: residentTexts(code).dir }])
		)
	};
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
