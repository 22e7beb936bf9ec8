import { getFeedbackMedia } from '$lib/server/feedback/get-feedback-media';
import { orError } from '$lib/server/http';
import { currentOrganisationForRequest } from '../../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const media = await orError(getFeedbackMedia(actor, db, organisationId, event.params.id));
	return new Response(new Uint8Array(media.bytes), {
		headers: {
			'Content-Type': media.mimeType,
			'Content-Length': String(media.bytes.length),
			'Cache-Control': 'private, no-store',
			// Never rendered as a page, whatever the uploaded type claims.
			'Content-Disposition': 'inline; filename="antwoord"',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
