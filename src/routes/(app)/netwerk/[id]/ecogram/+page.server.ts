import type { z } from 'zod';
import { analyseNetwork, analysisOf } from '$lib/server/network/network-analysis';
import { createNetworkTie } from '$lib/server/network/create-network-tie';
import { deleteNetworkTie } from '$lib/server/network/delete-network-tie';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { updateNetworkPersons } from '$lib/server/network/update-network-persons';
import { networkRelationSchema, networkTieIdSchema, networkTieSchema } from '$lib/validation/network';
import { caseVoice } from '$lib/network/voice';
import { focusId, parseList } from '$lib/validation/form-list';
import {
	loadNetworkPage,
	networkFormAction,
	networkPageAction,
	trialOffersFor,
	type NetworkCtx
} from '../../network-route';
import type { Actions, PageServerLoad } from './$types';
import type { NetworkCaseId } from '$lib/server/ids';

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
		trialOffers: await trialOffersFor(event, 'ecogram'),
		svg,
		...analysisOf(analyseNetwork(data.persons, data.caseFile.label, { practice: data.caseFile.kind === 'practice' }))
	};
};

// The page-wide form: every card as relation-<id>, energy-<id>, supports-<id> (see +page.svelte).
const cards = (data: FormData) =>
	parseList(
		data,
		'personId',
		(personId, get, getAll) => ({
			personId,
			relation: get('relation'),
			energy: get('energy'),
			supports: getAll('supports')
		}),
		networkRelationSchema
	);
const multi = (data: FormData) =>
	data
		.getAll('personId')
		.slice(0, 500)
		.map((id) => `supports-${String(id)}`);
const saveCards = (
	{ actor, db, organisationId }: NetworkCtx,
	caseId: NetworkCaseId,
	items: z.output<typeof networkRelationSchema>[]
) =>
	updateNetworkPersons(
		actor,
		db,
		organisationId,
		caseId,
		items.map(({ personId, ...patch }) => ({ personId, patch }))
	);

export const actions: Actions = {
	// One card (autosave with JavaScript): the same fields as the access matrix posts.
	relation: (event) =>
		networkFormAction(
			event,
			networkRelationSchema,
			({ actor, db, organisationId }, caseId, { personId, ...patch }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, patch),
			'?bewaard=1',
			{ multi: ['supports'] }
		),
	// Every card at once ("Alles opslaan", or "Opslaan" in one card): back to that card.
	save: (event) =>
		networkPageAction(event, {
			cards,
			multi,
			save: saveCards,
			to: (data) => {
				const id = focusId(data);
				return id ? `?bewaard=${id}#persoon-${id}` : '?bewaard=1#kaarten';
			}
		}),
	// Adding or removing a tie saves the cards first: what was changed there is kept.
	tie: (event) =>
		networkPageAction(event, {
			cards,
			multi,
			save: saveCards,
			then: {
				schema: networkTieSchema,
				run: ({ actor, db, organisationId }, caseId, input) =>
					createNetworkTie(actor, db, organisationId, caseId, input)
			},
			to: () => '?bewaard=1#relaties'
		}),
	untie: (event) =>
		networkPageAction(event, {
			cards,
			multi,
			save: saveCards,
			then: {
				schema: networkTieIdSchema,
				run: ({ actor, db, organisationId }, caseId, { tieId }) =>
					deleteNetworkTie(actor, db, organisationId, caseId, tieId)
			},
			to: () => '?bewaard=1#relaties'
		})
};
