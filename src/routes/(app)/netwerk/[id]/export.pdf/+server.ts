import { orError } from '$lib/server/http';
import { exportNetworkPdf } from '$lib/server/network/export-network-pdf';
import { networkContext } from '../../network-route';
import { downloadResponse } from '../export-response';
import type { RequestHandler } from './$types';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await networkContext(event);
	const pseudonymised = event.url.searchParams.has('zonder-namen');
	const pdf = await orError(
		exportNetworkPdf(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), { pseudonymised })
	);
	return downloadResponse(pdf, 'application/pdf', pseudonymised ? 'netwerk-zonder-namen.pdf' : 'netwerk.pdf');
};
