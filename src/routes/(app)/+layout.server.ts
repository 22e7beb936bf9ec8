import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// The signed-in area. Each use case checks rights again: this guard only sends strangers to sign in.
export const load: LayoutServerLoad = async ({ locals, url, parent }) => {
	if (!locals.user) redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname)}`);
	const { organisation } = await parent();
	return { organisation };
};
