import { exportActivityAttestation } from '$lib/server/portfolio/export-activity-attestation';
import { download, exportContext, runExport } from '../../../export/export-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const activityId = event.params.id;
	const pdf = await runExport(exportActivityAttestation(actor, db, { organisationId, activityId }), {
		format: 'attestation',
		activityId
	});
	return download(pdf, 'application/pdf', 'verklaring.pdf');
};
