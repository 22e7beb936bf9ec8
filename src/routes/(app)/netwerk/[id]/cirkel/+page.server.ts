import { analyseNetwork, analysisOf } from '$lib/server/network/network-analysis';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { updateNetworkPersons } from '$lib/server/network/update-network-persons';
import { networkPlaceSchema } from '$lib/validation/network';
import { caseVoice } from '$lib/network/voice';
import { focusId, parseList } from '$lib/validation/form-list';
import { loadNetworkPage, networkFormAction, networkPageAction, trialOffersFor } from '../../network-route';
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
		trialOffers: await trialOffersFor(event, 'netwerkcirkel'),
		...analysisOf(analyseNetwork(data.persons, data.caseFile.label, { practice: data.caseFile.kind === 'practice' }))
	};
};

export const actions: Actions = {
	// One person: dragging (network-drag.js) and, with JavaScript, the autosave of one row.
	place: (event) =>
		networkFormAction(
			event,
			networkPlaceSchema,
			({ actor, db, organisationId }, caseId, { personId, sector, ring }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, { sector, ring }),
			'?geplaatst=1'
		),
	// Every row at once (keyboard, screen reader, no JavaScript): "Plaats" in row 7 saves every row and
	// comes back at row 7, so a place chosen in another row is never lost.
	save: (event) =>
		networkPageAction(event, {
			cards: (data) =>
				parseList(
					data,
					'personId',
					(personId, get) => ({ personId, sector: get('sector'), ring: get('ring') }),
					networkPlaceSchema
				),
			save: ({ actor, db, organisationId }, caseId, items) =>
				updateNetworkPersons(
					actor,
					db,
					organisationId,
					caseId,
					items.map(({ personId, sector, ring }) => ({ personId, patch: { sector, ring } }))
				),
			to: (data) => {
				const id = focusId(data);
				return id ? `?geplaatst=${id}#plek-${id}` : '?geplaatst=1#plaatsen';
			}
		})
};
