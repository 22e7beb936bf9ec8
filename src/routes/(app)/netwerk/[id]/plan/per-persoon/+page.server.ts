import { loadNetworkPage } from '../../../network-route';
import { planActions } from '../plan';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'plan-per-persoon');
	const actions = planActions(data);
	// One group per "wie", in the order: the client, people on the map (groslijst order), professionals.
	const keys = [
		'client',
		...data.persons.map((p) => `person:${p.id}`),
		...new Set(actions.filter((a) => a.whoKey.startsWith('professional:')).map((a) => a.whoKey))
	];
	const groups = keys
		.map((key) => ({
			key,
			label: actions.find((a) => a.whoKey === key)?.whoLabel ?? '',
			actions: actions.filter((a) => a.whoKey === key)
		}))
		.filter((g) => g.actions.length > 0);
	const chosen = event.url.searchParams.get('wie') ?? '';
	return {
		caseFile: data.caseFile,
		groups: chosen ? groups.filter((g) => g.key === chosen) : groups,
		choices: groups.map((g) => ({ key: g.key, label: g.label })),
		chosen
	};
};
