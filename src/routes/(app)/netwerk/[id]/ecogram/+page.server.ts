import { analyseNetwork, analysisOf } from '$lib/server/network/analyse-network';
import { createNetworkTie } from '$lib/server/network/create-network-tie';
import { deleteNetworkTie } from '$lib/server/network/delete-network-tie';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { networkRelationSchema, networkTieIdSchema, networkTieSchema } from '$lib/validation/network';
import { caseVoice } from '$lib/network/voice';
import { loadNetworkPage, networkFormAction } from '../../network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'ecogram');
	const svg = renderNetworkSvg(data.persons, data.ties, {
		kind: 'ecogram',
		legend: data.legend,
		clientLabel: caseVoice.centreName(data.caseFile),
		idPrefix: 'ecogram',
		title: caseVoice.ecogramHeading(data.caseFile)
	});
	return {
		caseFile: data.caseFile,
		persons: data.persons,
		ties: data.ties,
		svg,
		...analysisOf(analyseNetwork(data.persons, data.caseFile.label, { practice: data.caseFile.kind === 'practice' }))
	};
};

export const actions: Actions = {
	relation: (event) =>
		networkFormAction(
			event,
			networkRelationSchema,
			({ actor, db, organisationId }, caseId, { personId, ...patch }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, patch),
			'?bewaard=1',
			{ multi: ['supports'] }
		),
	tie: (event) =>
		networkFormAction(
			event,
			networkTieSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkTie(actor, db, organisationId, caseId, input),
			'?bewaard=1#relaties'
		),
	untie: (event) =>
		networkFormAction(
			event,
			networkTieIdSchema,
			({ actor, db, organisationId }, caseId, { tieId }) => deleteNetworkTie(actor, db, organisationId, caseId, tieId),
			'?bewaard=1#relaties'
		)
};
