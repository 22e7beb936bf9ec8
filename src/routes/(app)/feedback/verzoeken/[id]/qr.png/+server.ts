import { config } from '$lib/server/config';
import { orError } from '$lib/server/http';
import { getFeedbackRequest } from '$lib/server/feedback/get-feedback-request';
import { feedbackUrl, qrPng } from '$lib/server/feedback/qr';
import { currentOrganisationForRequest } from '../../../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const request = await orError(getFeedbackRequest(actor, db, organisationId, event.params.id));
	const png = await qrPng(feedbackUrl(config.origin, request.token));
	return new Response(new Uint8Array(png), {
		headers: {
			'Content-Type': 'image/png',
			'Content-Disposition': `attachment; filename="vakspiegel-qr-${request.firstName.replace(/[^\p{L}\p{N}-]/gu, '')}.png"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
