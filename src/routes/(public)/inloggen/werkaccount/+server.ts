import { error, redirect } from '@sveltejs/kit';
import { safePath } from '$lib/safe-path';
import { startWorkAccountSignIn } from '$lib/server/auth/start-work-account-sign-in';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// A link, not a form: the CSP's form-action 'self' would stop a form whose answer redirects to the
// provider (browsers apply form-action to the redirect too).
export const GET: RequestHandler = async ({ locals, request, url }) => {
	if (!locals.app.workAccount) error(404, m.sso_not_configured());
	if (locals.user) redirect(303, safePath(url.searchParams.get('terug')));
	const { url: authorization } = await startWorkAccountSignIn(locals.app.auth, {
		headers: request.headers,
		returnTo: safePath(url.searchParams.get('terug'))
	});
	redirect(303, authorization);
};
