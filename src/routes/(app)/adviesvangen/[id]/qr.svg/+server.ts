import { requireFacilitatedSession } from '$lib/server/advice/access';
import { config } from '$lib/server/config';
import { qrSvg } from '$lib/server/feedback/qr';
import { orError } from '$lib/server/http';
import { adviceContext } from '../../context';
import type { RequestHandler } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

/** The QR code to join, for the session page and the wall. */
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const session = await orError(
		requireFacilitatedSession(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
	);
	return new Response(await qrSvg(`${config.origin}/doe-mee/${session.code}`), {
		headers: {
			'Content-Type': 'image/svg+xml',
			// Shown in an <img> on the page; the strict CSP (hooks.server.ts) keeps it inert when opened on its own.
			'Content-Disposition': 'inline; filename="qr.svg"',
			'Cache-Control': 'private, no-store'
		}
	});
};
