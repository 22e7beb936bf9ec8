import { orError } from '$lib/server/http';
import { exportGuidePdf } from '$lib/server/team/export-guide-pdf';
import { guideContext } from '../../guide-route';
import type { RequestHandler } from './$types';

// The security headers (strict CSP, nosniff) are set for every response in hooks.server.ts.
export const GET: RequestHandler = async (event) => {
	const { actor, db } = await guideContext(event);
	const pdf = await orError(exportGuidePdf(actor, db, event.params.id));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="handreiking.pdf"',
			'Cache-Control': 'private, no-store'
		}
	});
};
