import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { AppError } from '$lib/server/errors';
import { findContactRequests } from '$lib/server/feedback/find-contact-requests';
import { setContactRequestHandled } from '$lib/server/feedback/set-contact-request-handled';
import { getHomeOverview } from '$lib/server/home/get-home-overview';
import { handleForm } from '$lib/server/http';
import { findTeams } from '$lib/server/team/find-teams';
import { contactRequestSchema } from '$lib/validation/contact-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	const db = locals.app.database.db;
	const teams = organisation ? await findTeams(locals.actor!, db, organisation.organisationId) : [];
	// A worker's call-back requests are something to act on: they come first on the home page. None
	// while a password reset waits for the worker's confirmation (ADR 0010; checked in the use case).
	const contactRequests =
		organisation && organisation.roles.includes('worker')
			? await findContactRequests(locals.actor!, db, organisation.organisationId).catch((e) => {
					if (e instanceof AppError) return null;
					throw e;
				})
			: null;
	// "Wat staat er klaar": counts and links, each scoped to the actor in the use case.
	const overview = organisation ? await getHomeOverview(locals.actor!, db, organisation.organisationId) : null;
	return { teams, contactRequests, overview };
};

export const actions: Actions = {
	contact: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, contactRequestSchema, async (input) => {
			const { name } = await setContactRequestHandled(locals.actor!, locals.app.database.db, {
				organisationId,
				...input
			});
			return { contactSaved: { handled: input.handled, name } };
		});
	}
};
