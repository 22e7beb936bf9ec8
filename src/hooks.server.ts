import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import {
	extractLocaleFromRequest,
	getTextDirection,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';
import { startApp } from '$lib/server/app';
import { guessLimitHandle } from '$lib/server/guess-limit';
import { logger } from '$lib/server/logger';
import { SECURITY_HEADERS } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	await startApp();
};

/**
 * The request's language (cookie, then the browser's preference, then Dutch) for Paraglide's
 * messages during this request. This is what `paraglideMiddleware` does for our strategies (we do not
 * put the language in the URL), without the copy of every request and its body it makes: that copy
 * cost more than a vote itself in bench/live.
 */
const localeStorage = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStorage);

const i18n: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	event.locals.locale = locale;
	return localeStorage.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
		resolve(event, {
			// Resident pages set their own language (e.g. Arabic, right-to-left) in their load function,
			// which has run by the time the page is rendered.
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', event.locals.htmlLang ?? locale)
					.replace('%paraglide.dir%', event.locals.htmlDir ?? getTextDirection(locale))
		})
	);
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.app = await startApp();
	event.locals.user = null;
	event.locals.actor = null;
	// Residents and participants have no account: their pages (/f…, /doe-mee…) and the health check
	// skip the session lookup.
	if (event.url.pathname !== '/healthz' && !/^\/(f|doe-mee)(\/|$)/u.test(event.url.pathname)) {
		const found = await event.locals.app.auth.api.getSession({ headers: event.request.headers });
		if (found) {
			event.locals.user = {
				kind: 'user',
				userId: found.user.id,
				email: found.user.email,
				name: found.user.name
			};
			event.locals.actor = event.locals.user;
		}
	}
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Pages carry one-time form tokens and personal data: never cached by a browser or proxy.
	if (event.locals.user || response.headers.get('content-type')?.startsWith('text/html')) {
		if (!response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

// The guessing limit for card and join codes runs inside `headers`, so its 429 page carries them too.
export const handle = sequence(i18n, session, headers, guessLimitHandle);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = randomUUID().slice(0, 8);
	if (status === 404) return { message: 'Niet gevonden', errorId };
	logger.error(
		{
			errorId,
			status,
			path: event.route.id,
			// The logger's formatter strips query parameters and quoted values (describeError).
			err: error
		},
		message
	);
	return { message: `Er ging iets mis (foutcode ${errorId}).`, errorId };
};
