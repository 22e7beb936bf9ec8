import { orError } from '$lib/server/http';
import { exportNetwork } from '$lib/server/network/export-network';
import { networkContext } from '../../network-route';
import { downloadResponse } from '../export-response';
import type { RequestHandler } from './$types';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';

/** The full casus as CSV, for the client's own dossier. */
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await networkContext(event);
	const body = await orError(
		exportNetwork(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), {
			format: 'csv',
			pseudonymised: false
		})
	);
	return downloadResponse(body, 'text/csv; charset=utf-8', 'netwerk.csv');
};
