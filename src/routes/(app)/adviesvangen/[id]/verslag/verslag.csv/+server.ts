import { exportAdviceCsv } from '$lib/server/advice/export-advice-csv';
import { orError } from '$lib/server/http';
import { adviceContext } from '../../../context';
import type { RequestHandler } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const csv = await orError(exportAdviceCsv(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id)));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="adviesvangen-verslag.csv"',
			'Cache-Control': 'private, no-store'
		}
	});
};
