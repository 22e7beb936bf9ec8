import { getGuide } from '$lib/server/team/get-guide';
import { orError } from '$lib/server/http';
import { guideContext } from '../guide-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await guideContext(event);
	const published = event.url.searchParams.get('gepubliceerd');
	return {
		guide: await orError(getGuide(actor, db, event.params.id)),
		published: published === 'klein' ? ('minor' as const) : published === 'nieuw' ? ('new' as const) : null
	};
};
