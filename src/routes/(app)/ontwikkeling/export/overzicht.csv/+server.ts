import { exportPortfolioCsv } from '$lib/server/portfolio/export-portfolio-csv';
import { download, exportContext, requirePeriod, runExport } from '../export-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const period = requirePeriod(event.url);
	const csv = await runExport(exportPortfolioCsv(actor, db, { organisationId, period }), { format: 'csv', period });
	return download(csv, 'text/csv; charset=utf-8', 'portfolio-overzicht.csv');
};
