import { orError } from '$lib/server/http';
import { exportNetwork } from '$lib/server/network/export-network';
import { networkContext } from '../../network-route';
import { downloadResponse } from '../export-response';
import type { RequestHandler } from './$types';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await networkContext(event);
	const pseudonymised = event.url.searchParams.has('zonder-namen');
	const body = await orError(
		exportNetwork(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), { format: 'json', pseudonymised })
	);
	return downloadResponse(
		body,
		'application/json; charset=utf-8',
		pseudonymised ? 'netwerk-zonder-namen.json' : 'netwerk.json'
	);
};
