import { exportAdvicePdf } from '$lib/server/advice/export-advice-pdf';
import { orError } from '$lib/server/http';
import { adviceContext } from '../../../context';
import type { RequestHandler } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const pdf = await orError(exportAdvicePdf(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id)));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="adviesvangen-verslag.pdf"',
			'Cache-Control': 'private, no-store'
		}
	});
};
