import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { safePath } from '$lib/safe-path';
import { confirmPasswordReset } from '$lib/server/organisation/confirm-password-reset';
import { findMyPasswordResets } from '$lib/server/organisation/find-my-password-resets';
import { handleForm } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const mine = await findMyPasswordResets(locals.actor!, locals.app.database.db);
	return { ...mine, returnTo: safePath(url.searchParams.get('terug')) };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const result = await handleForm(request, z.object({}), async () => {
			await confirmPasswordReset(locals.actor!, locals.app.database.db);
		});
		if (result) return result;
		const back = safePath(url.searchParams.get('terug'));
		redirect(303, back === '/' ? '/feedback' : back);
	}
};
