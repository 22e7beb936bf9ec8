import { exportFeedbackPdf } from '$lib/server/feedback/export-feedback-pdf';
import { orError } from '$lib/server/http';
import { currentOrganisationForRequest } from '../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const pdf = await orError(exportFeedbackPdf(actor, db, organisationId));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="vakspiegel-feedback.pdf"',
			'Cache-Control': 'private, no-store'
		}
	});
};
