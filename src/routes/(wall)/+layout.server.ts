import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// The projector wall: signed in (the facilitator's laptop), but without the app's header and menu.
export const load: LayoutServerLoad = async ({ locals, url, parent }) => {
	if (!locals.user) redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname)}`);
	const { organisation } = await parent();
	return { organisation };
};
