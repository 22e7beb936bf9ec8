import { exportCodeRoundPdf } from '$lib/server/code/export-code-round-pdf';
import { orError } from '$lib/server/http';
import { codeContext } from '../../../code-route';
import type { RequestHandler } from './$types';

// The security headers (strict CSP, nosniff) are set for every response in hooks.server.ts.
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const pdf = await orError(exportCodeRoundPdf(actor, db, { organisationId, roundId: event.params.id }));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="reactieronde.pdf"',
			'Cache-Control': 'private, no-store'
		}
	});
};
