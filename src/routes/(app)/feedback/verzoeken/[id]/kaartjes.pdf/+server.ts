import { config } from '$lib/server/config';
import { orError } from '$lib/server/http';
import { exportFeedbackCards } from '$lib/server/feedback/export-feedback-cards';
import { currentOrganisationForRequest } from '../../../current';
import type { RequestHandler } from './$types';

// POST: every call makes a new sheet of codes (see exportFeedbackCards).
export const POST: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const { pdf } = await orError(
		exportFeedbackCards(actor, db, organisationId, event.params.id, { origin: config.origin })
	);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="vakspiegel-kaartjes.pdf"',
			'Cache-Control': 'private, no-store'
		}
	});
};
