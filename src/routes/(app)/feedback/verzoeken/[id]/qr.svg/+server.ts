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
		headers: {
			'Content-Type': 'image/svg+xml',
			// Shown in an <img> on the page; the strict CSP (hooks.server.ts) keeps it inert when opened on its own.
			'Content-Disposition': 'inline; filename="qr.svg"',
			'Cache-Control': 'private, no-store'
		}
	});
};
