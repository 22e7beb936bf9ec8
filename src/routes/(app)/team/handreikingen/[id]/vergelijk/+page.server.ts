import { error, redirect } from '@sveltejs/kit';
import { getGuide } from '$lib/server/team/get-guide';
import { getGuideComparison } from '$lib/server/team/get-guide-comparison';
import { parseGuideRef } from '$lib/team/guide';
import { orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import { guideContext } from '../../guide-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await guideContext(event);
	// The address without a choice (typed, or kept from an old link): the guide's own form, where
	// the two versions are picked, instead of an error page that only leads to the start page.
	// Only for those who may open the guide: anyone else gets "not found", as on every guide address.
	if (!event.url.searchParams.has('van') && !event.url.searchParams.has('naar')) {
		await orError(getGuide(actor, db, event.params.id));
		redirect(303, `/team/handreikingen/${event.params.id}#geschiedenis`);
	}
	const from = parseGuideRef(event.url.searchParams.get('van'));
	const to = parseGuideRef(event.url.searchParams.get('naar'));
	if (from === null || to === null) error(400, m.tguide_error_compare_choice());
	return { comparison: await orError(getGuideComparison(actor, db, { guideId: event.params.id, from, to })) };
};
