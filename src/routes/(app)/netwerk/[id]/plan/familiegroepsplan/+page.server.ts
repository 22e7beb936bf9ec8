import { createNetworkNote } from '$lib/server/network/create-network-note';
import { deleteNetworkNote } from '$lib/server/network/delete-network-note';
import { networkNoteIdSchema, networkNoteSchema } from '$lib/validation/network';
import { loadNetworkPage, networkFormAction } from '../../../network-route';
import { planActions } from '../plan';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'familiegroepsplan');
	return { caseFile: data.caseFile, notes: data.notes, actions: planActions(data) };
};

export const actions: Actions = {
	note: (event) =>
		networkFormAction(
			event,
			networkNoteSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkNote(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		),
	noteDelete: (event) =>
		networkFormAction(
			event,
			networkNoteIdSchema,
			({ actor, db, organisationId }, caseId, { noteId }) =>
				deleteNetworkNote(actor, db, organisationId, caseId, noteId),
			'?bewaard=1'
		)
};
