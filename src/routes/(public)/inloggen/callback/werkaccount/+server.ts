import { error, redirect } from '@sveltejs/kit';
import { safePath } from '$lib/safe-path';
import { finishWorkAccountSignIn } from '$lib/server/auth/finish-work-account-sign-in';
import { isLinkStartedBy, LINK_COOKIE } from '$lib/server/auth/start-work-account-link';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** The redirect URI registered at the provider: <ORIGIN>/inloggen/callback/werkaccount. */
export const GET: RequestHandler = async ({ locals, request, url, cookies }) => {
	if (!locals.app.workAccount) error(404, m.sso_not_configured());
	// A link started on /account by the person signed in in this browser (not by anyone else).
	const linking = !!locals.user && isLinkStartedBy(cookies.get(LINK_COOKIE), locals.user.userId, locals.app.secret);
	if (cookies.get(LINK_COOKIE)) cookies.delete(LINK_COOKIE, { path: '/inloggen/callback' });
	const { redirectTo } = await finishWorkAccountSignIn(locals.app.auth, locals.app.database.db, {
		query: url.searchParams,
		headers: request.headers,
		providerDomains: locals.app.workAccount.domains,
		linkTo: linking ? locals.user! : undefined
	});
	redirect(303, safePath(redirectTo));
};
