import { loadNetworkPage } from '../../network-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'delen');
	return { caseFile: data.caseFile };
};
