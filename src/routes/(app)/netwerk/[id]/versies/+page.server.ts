import { createNetworkVersion } from '$lib/server/network/create-network-version';
import { networkVersionSchema } from '$lib/validation/network';
import { loadNetworkPage, networkFormAction } from '../../network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'versies');
	return { caseFile: data.caseFile, versions: data.versions, persons: data.persons.length };
};

export const actions: Actions = {
	save: (event) =>
		networkFormAction(
			event,
			networkVersionSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkVersion(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		)
};
