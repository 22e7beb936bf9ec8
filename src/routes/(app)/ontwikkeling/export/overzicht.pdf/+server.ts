import { exportPortfolioPdf } from '$lib/server/portfolio/export-portfolio-pdf';
import { download, exportContext, requirePeriod, runExport } from '../export-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const period = requirePeriod(event.url);
	const pdf = await runExport(exportPortfolioPdf(actor, db, { organisationId, period }), { format: 'pdf', period });
	return download(pdf, 'application/pdf', 'portfolio-overzicht.pdf');
};
