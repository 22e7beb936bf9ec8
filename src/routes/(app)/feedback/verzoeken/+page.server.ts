import { redirect } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { createFeedbackRequest } from '$lib/server/feedback/create-feedback-request';
import { findFeedbackRequests } from '$lib/server/feedback/find-feedback-requests';
import { findFeedbackTemplates } from '$lib/server/feedback/find-feedback-templates';
import { handleForm, orError } from '$lib/server/http';
import { feedbackRequestSchema } from '$lib/validation/feedback';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	const requests = organisation
		? await orError(findFeedbackRequests(locals.actor!, locals.app.database.db, organisation.organisationId))
		: [];
	const templates = organisation
		? (await findFeedbackTemplates(locals.actor!, locals.app.database.db, organisation.organisationId)).map((t) => ({
				id: t.id,
				name: t.name
			}))
		: [];
	return { requests, templates, defaultFirstName: (locals.user?.name ?? '').split(/\s+/u)[0] ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const result = await handleForm(request, feedbackRequestSchema, (input) =>
			createFeedbackRequest(locals.actor!, locals.app.database.db, organisationId, input)
		);
		if (result && 'id' in result) redirect(303, `/feedback/verzoeken/${result.id}?nieuw=1`);
		return result;
	}
};
