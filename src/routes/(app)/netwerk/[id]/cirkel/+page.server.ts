import { analyseNetwork, analysisOf } from '$lib/server/network/analyse-network';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { networkPlaceSchema } from '$lib/validation/network';
import { caseVoice } from '$lib/network/voice';
import { loadNetworkPage, networkFormAction } from '../../network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'cirkel');
	const svg = renderNetworkSvg(data.persons, data.ties, {
		kind: 'circle',
		clientLabel: caseVoice.centreName(data.caseFile),
		idPrefix: 'cirkel',
		title: caseVoice.circleHeading(data.caseFile),
		draggable: data.caseFile.status === 'open'
	});
	return {
		caseFile: data.caseFile,
		persons: data.persons,
		svg,
		...analysisOf(analyseNetwork(data.persons, data.caseFile.label, { practice: data.caseFile.kind === 'practice' }))
	};
};

export const actions: Actions = {
	// The same form for the selects (keyboard, screen reader, no JS) and for dragging (network-drag.js).
	place: (event) =>
		networkFormAction(
			event,
			networkPlaceSchema,
			({ actor, db, organisationId }, caseId, { personId, sector, ring }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, { sector, ring }),
			'?geplaatst=1'
		)
};
