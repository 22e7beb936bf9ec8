import { config } from '$lib/server/config';
import { orError } from '$lib/server/http';
import { getFeedbackRequest } from '$lib/server/feedback/get-feedback-request';
import { feedbackUrl, qrSvg } from '$lib/server/feedback/qr';
import { currentOrganisationForRequest } from '../../../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const request = await orError(getFeedbackRequest(actor, db, organisationId, event.params.id));
	return new Response(await qrSvg(feedbackUrl(config.origin, request.token)), {
		headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'private, no-store' }
	});
};
