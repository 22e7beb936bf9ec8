import { exportCodeRoundCsv } from '$lib/server/code/export-code-round-csv';
import { orError } from '$lib/server/http';
import { codeContext } from '../../../code-route';
import type { RequestHandler } from './$types';

// The security headers (strict CSP, nosniff) are set for every response in hooks.server.ts.
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const csv = await orError(exportCodeRoundCsv(actor, db, { organisationId, roundId: event.params.id }));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="reactieronde.csv"',
			'Cache-Control': 'private, no-store'
		}
	});
};
