import { redirect } from '@sveltejs/kit';
import { orError } from '$lib/server/http';
import { closeNetworkCase } from '$lib/server/network/close-network-case';
import { createNetworkPerson } from '$lib/server/network/create-network-person';
import { deleteNetworkPerson } from '$lib/server/network/delete-network-person';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { networkPersonEditSchema, networkPersonIdSchema, networkPersonSchema } from '$lib/validation/network';
import { loadNetworkPage, networkContext, networkFormAction } from '../network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'groslijst');
	return { caseFile: data.caseFile, persons: data.persons, workers: data.workers };
};

export const actions: Actions = {
	// After a name, straight back to an empty name field: Enter adds the next one (also without JS).
	add: (event) =>
		networkFormAction(
			event,
			networkPersonSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkPerson(actor, db, organisationId, caseId, input),
			'?toegevoegd=1#nieuwe-naam'
		),
	edit: (event) =>
		networkFormAction(
			event,
			networkPersonEditSchema,
			({ actor, db, organisationId }, caseId, { personId, ...input }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, input),
			'?bewaard=1'
		),
	delete: (event) =>
		networkFormAction(
			event,
			networkPersonIdSchema,
			({ actor, db, organisationId }, caseId, { personId }) =>
				deleteNetworkPerson(actor, db, organisationId, caseId, personId),
			'?verwijderd=1'
		),
	close: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		await orError(closeNetworkCase(actor, db, organisationId, event.params.id));
		redirect(303, '/netwerk?gesloten=1');
	}
};
