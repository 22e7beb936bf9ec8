import { error } from '@sveltejs/kit';
import { getGuideComparison } from '$lib/server/team/get-guide-comparison';
import { parseGuideRef } from '$lib/team/guide';
import { orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import { guideContext } from '../../guide-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await guideContext(event);
	const from = parseGuideRef(event.url.searchParams.get('van'));
	const to = parseGuideRef(event.url.searchParams.get('naar'));
	if (from === null || to === null) error(400, m.tguide_error_compare_choice());
	return { comparison: await orError(getGuideComparison(actor, db, { guideId: event.params.id, from, to })) };
};
