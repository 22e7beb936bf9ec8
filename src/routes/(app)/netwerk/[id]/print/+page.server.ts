import { todayInNL } from '$lib/server/dates';
import { analyseNetwork, analysisOf } from '$lib/server/network/network-analysis';
import { buildNetworkDocument } from '$lib/server/network/network-document';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { caseVoice } from '$lib/network/voice';
import { loadNetworkPage } from '../../network-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const pseudonymised = event.url.searchParams.has('zonder-namen');
	const data = await loadNetworkPage(event, pseudonymised ? 'print-zonder-namen' : 'print');
	const doc = buildNetworkDocument(data, { pseudonymised, today: todayInNL() });
	// The document's ids are fresh ones when pseudonymised; its persons are in the same order as the stored ones.
	const voice = { kind: doc.kind, label: doc.client };
	const common = { clientLabel: doc.client, names: new Map(data.persons.map((p, i) => [p.id, doc.persons[i].name])) };
	return {
		caseFile: data.caseFile,
		doc,
		pseudonymised,
		circleSvg: renderNetworkSvg(data.persons, data.ties, {
			...common,
			kind: 'circle',
			idPrefix: 'print-cirkel',
			title: caseVoice.circleHeading(voice)
		}),
		ecogramSvg: renderNetworkSvg(data.persons, data.ties, {
			...common,
			kind: 'ecogram',
			legend: data.legend,
			idPrefix: 'print-ecogram',
			title: caseVoice.ecogramHeading(voice)
		}),
		...analysisOf(analyseNetwork(doc.persons, doc.client, { practice: doc.kind === 'practice' }))
	};
};
