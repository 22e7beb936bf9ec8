import { exportPortfolioLeap2a } from '$lib/server/portfolio/export-portfolio-leap2a';
import { download, exportContext, requirePeriod, runExport } from '../export-route';
import type { RequestHandler } from './$types';

// Leap2A is an Atom document (RFC 4287's media type); the .xml name lets Mahara's import take it.
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const period = requirePeriod(event.url);
	const xml = await runExport(exportPortfolioLeap2a(actor, db, { organisationId, period }), {
		format: 'leap2a',
		period
	});
	return download(xml, 'application/atom+xml; charset=utf-8', 'portfolio-leap2a.xml');
};
