import { getFeedbackMedia } from '$lib/server/feedback/get-feedback-media';
import { recordingHeaders } from '$lib/server/feedback/recording-format';
import { orError } from '$lib/server/http';
import { currentOrganisationForRequest } from '../../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const media = await orError(
		getFeedbackMedia(actor, db, organisationId, event.params.id, event.locals.app.recordings)
	);
	return new Response(media.body, {
		headers: { ...recordingHeaders(media.mimeType), 'Content-Length': String(media.size) }
	});
};
