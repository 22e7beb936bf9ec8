import { redirect, type Cookies } from '@sveltejs/kit';
import type { RoundVisitor } from '$lib/server/code/code-round-access';
import { loadRespondPage, reactAction, signAction } from '$lib/server/code/round-respond-page';
import type { Actions, PageServerLoad } from './$types';

// The open link for partner organisations (issue 17): no account. The visitor is known only by a random
// respondent token in a cookie for this path (never by IP address); the personal link (?ik=<token>)
// brings it to another device. Rendered on the server only (csr = false in the (public) layout).
const COOKIE = 'vakspiegel_reactie';
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/u;

function keep(cookies: Cookies, url: URL, path: string) {
	return (token: string) =>
		cookies.set(COOKIE, token, {
			path,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 365
		});
}

function visitorOf(event: { params: { token: string }; cookies: Cookies }): RoundVisitor {
	const cookie = event.cookies.get(COOKIE);
	return { kind: 'link', linkToken: event.params.token, respondentToken: cookie && TOKEN.test(cookie) ? cookie : null };
}

export const load: PageServerLoad = async (event) => {
	const base = `/reactie/${event.params.token}`;
	const given = event.url.searchParams.get('ik');
	if (given !== null) {
		// Coming back on another device: keep the token, then drop it from the address bar.
		if (TOKEN.test(given)) keep(event.cookies, event.url, base)(given);
		redirect(303, base);
	}
	const visitor = visitorOf(event);
	const page = await loadRespondPage(visitor, event.locals.app.database.db, event.url);
	return {
		...page,
		base,
		personalLink:
			page.round.started && visitor.kind === 'link' && visitor.respondentToken
				? `${event.url.origin}${base}?ik=${visitor.respondentToken}`
				: null
	};
};

export const actions: Actions = {
	reageer: async (event) => {
		const base = `/reactie/${event.params.token}`;
		return reactAction(visitorOf(event), event.locals.app.database.db, event.request, {
			base,
			keepToken: keep(event.cookies, event.url, base)
		});
	},
	onderteken: async (event) => {
		const base = `/reactie/${event.params.token}`;
		return signAction(visitorOf(event), event.locals.app.database.db, event.request, {
			base,
			keepToken: keep(event.cookies, event.url, base)
		});
	}
};
