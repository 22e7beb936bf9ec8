import { error, redirect } from '@sveltejs/kit';
import { safePath } from '$lib/safe-path';
import { finishWorkAccountSignIn } from '$lib/server/auth/finish-work-account-sign-in';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** The redirect URI registered at the provider: <ORIGIN>/inloggen/callback/werkaccount. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	if (!locals.app.workAccount) error(404, m.sso_not_configured());
	const { redirectTo } = await finishWorkAccountSignIn(locals.app.auth, locals.app.database.db, {
		query: url.searchParams,
		headers: request.headers,
		providerDomains: locals.app.workAccount.domains
	});
	redirect(303, safePath(redirectTo));
};
