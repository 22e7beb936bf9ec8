import { error, redirect } from '@sveltejs/kit';
import { LINK_COOKIE, LINK_MINUTES, startWorkAccountLink } from '$lib/server/auth/start-work-account-link';
import { hasWorkAccount } from '$lib/server/auth/work-account';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// "Koppel je werkaccount": a link, not a form, for the same reason as /inloggen/werkaccount (the
// CSP's form-action 'self' also applies to the redirect to the provider).
export const GET: RequestHandler = async ({ locals, request, cookies, url }) => {
	if (!locals.user) redirect(303, `/inloggen?terug=${encodeURIComponent('/account')}`);
	if (!locals.app.workAccount) error(404, m.sso_not_configured());
	if (await hasWorkAccount(locals.app.database.db, locals.user.userId)) redirect(303, '/account');
	const { url: authorization, cookie } = await startWorkAccountLink(locals.app.auth, {
		headers: request.headers,
		userId: locals.user.userId,
		secret: locals.app.secret
	});
	cookies.set(LINK_COOKIE, cookie, {
		path: '/inloggen/callback',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: LINK_MINUTES * 60
	});
	redirect(303, authorization);
};
