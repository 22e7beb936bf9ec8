import { exportFeedbackCsv } from '$lib/server/feedback/export-feedback-csv';
import { orError } from '$lib/server/http';
import { currentOrganisationForRequest } from '../current';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await currentOrganisationForRequest(event);
	const csv = await orError(exportFeedbackCsv(actor, db, organisationId));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="vakspiegel-feedback.csv"',
			'Cache-Control': 'private, no-store'
		}
	});
};
