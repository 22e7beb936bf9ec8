import { redirect } from '@sveltejs/kit';
import { ORG_COOKIE } from '$lib/server/current-organisation';
import { findMyMemberships } from '$lib/server/organisation/find-my-memberships';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const data = await request.formData().catch(() => new FormData());
		const chosen = data.get('organisationId');
		const mine = await findMyMemberships(locals.actor!, locals.app.database.db);
		if (typeof chosen === 'string' && mine.some((m) => m.organisationId === chosen)) {
			cookies.set(ORG_COOKIE, chosen, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
		}
		redirect(303, '/');
	}
};
