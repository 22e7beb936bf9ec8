import { redirect } from '@sveltejs/kit';
import { safePath } from '$lib/safe-path';
import { signInSchema } from '$lib/validation/account';
import { handleForm } from '$lib/server/http';
import { signIn } from '$lib/server/auth/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safePath(url.searchParams.get('terug')));
	return {
		returnTo: safePath(url.searchParams.get('terug')),
		signedOut: url.searchParams.has('uitgelogd'),
		welcome: url.searchParams.has('welkom'),
		passwordChanged: url.searchParams.has('wachtwoord')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const result = await handleForm(request, signInSchema, (input) =>
			signIn(locals.app.auth, locals.app.database.db, { ...input, headers: request.headers })
		);
		if (result) return result;
		redirect(303, safePath(url.searchParams.get('terug')));
	}
};
