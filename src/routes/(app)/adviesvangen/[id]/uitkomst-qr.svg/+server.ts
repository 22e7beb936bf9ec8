import { requireFacilitatedSession } from '$lib/server/advice/access';
import { outcomePath } from '$lib/server/advice/outcome-link';
import { config } from '$lib/server/config';
import { qrSvg } from '$lib/server/feedback/qr';
import { orError } from '$lib/server/http';
import { adviceContext } from '../../context';
import type { RequestHandler } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

/**
 * The QR code to the public outcome page, for the top-ideas page and the wall. Facilitators only, like
 * the join code's: the page itself says whether the outcome is public.
 */
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const session = await orError(
		requireFacilitatedSession(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
	);
	return new Response(await qrSvg(`${config.origin}${outcomePath(session.outcomeToken)}`), {
		headers: {
			'Content-Type': 'image/svg+xml',
			// Shown in an <img> on the page; the strict CSP (hooks.server.ts) keeps it inert when opened on its own.
			'Content-Disposition': 'inline; filename="uitkomst-qr.svg"',
			'Cache-Control': 'private, no-store'
		}
	});
};
