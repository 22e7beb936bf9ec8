import { z } from 'zod';
import { config } from '$lib/server/config';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { getFeedbackRequest } from '$lib/server/feedback/get-feedback-request';
import { updateFeedbackRequest } from '$lib/server/feedback/update-feedback-request';
import { feedbackUrl } from '$lib/server/feedback/qr';
import { handleForm, orError } from '$lib/server/http';
import { findTrialOffers } from '$lib/server/team/find-trial-offers';
import { REQUEST_STATUSES } from '$lib/feedback/model';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
	const { organisation } = await parent();
	const isNew = url.searchParams.has('nieuw');
	const request = await orError(
		getFeedbackRequest(locals.actor!, locals.app.database.db, organisation?.organisationId ?? '', params.id)
	);
	return {
		request: {
			id: request.id,
			label: request.label,
			firstName: request.firstName,
			status: request.status,
			cards: request.cards,
			address: request.address
		},
		link: feedbackUrl(config.origin, request.token),
		shortUrl: `${config.origin}/f`,
		isNew,
		// A new request while a team of the worker tries "feedback vragen": one tap counts it (issue 16).
		trialOffers: isNew
			? await findTrialOffers(locals.actor!, locals.app.database.db, organisation?.organisationId ?? '', {
					kind: 'feedback'
				})
			: []
	};
};

export const actions: Actions = {
	status: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, z.object({ status: z.enum(REQUEST_STATUSES) }), async (input) => {
			await updateFeedbackRequest(locals.actor!, locals.app.database.db, organisationId, params.id, input);
			return { saved: true as const };
		});
	}
};
