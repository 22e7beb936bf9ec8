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
import { DataDirLockedError } from '$lib/server/db/pglite-lock';
import { isPrivateLocked, PRIVATE_PATH } from '$lib/server/auth/private-lock';
import { guessLimitHandle } from '$lib/server/guess-limit';
import { logger } from '$lib/server/logger';
import { WorkAccountConfigError } from '$lib/server/auth/work-account-config';
import { SECURITY_HEADERS, STRICT_CSP } from '$lib/server/security-headers';
import { UploadSlots, uploadSlotCount } from '$lib/server/upload-slots';
import { m } from '$lib/paraglide/messages';
import { residentErrorPage } from '$lib/server/feedback/resident-error-page';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { residentTexts } from '$lib/server/feedback/texts';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (e) {
		// A second server on a locked data directory: the Dutch message alone, no stack trace, and a
		// non-zero exit so a process manager sees that it failed (issue 12, finding 17).
		if (e instanceof DataDirLockedError || e instanceof WorkAccountConfigError) {
			process.stderr.write(`${e.message}\n`);
			process.exit(1);
		}
		throw e;
	}
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
	// Residents, participants and open-link respondents have no account: their pages (/f…, /doe-mee…,
	// /reactie…) and the health check skip the session lookup.
	if (event.url.pathname !== '/healthz' && !/^\/(f|doe-mee|reactie)(\/|$)/u.test(event.url.pathname)) {
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

/** What anyone may send in one request, except a resident's answer with a recording. */
const BODY_LIMIT_MB = 1;
/** A resident's answer (/f/<link or card>?/verstuur) may carry a recording of up to 20 MB. */
const RESIDENT_SUBMIT = /^\/f\/[^/]+$/u;
const uploadSlots = new UploadSlots(uploadSlotCount());

/**
 * adapter-node's BODY_SIZE_LIMIT (25M, scripts/start.js) is one limit for every request; only the
 * resident's submit needs that much. Anything else larger than 1 MB is refused before its body is read
 * (issue 12, finding 9). A body without a length (chunked) could be of any size: refused as well, since
 * browsers send a length with every form and fetch body.
 */
const bodyLimit: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	if (request.method === 'GET' || request.method === 'HEAD') return resolve(event);
	const length = request.headers.get('content-length');
	if (request.method === 'POST' && RESIDENT_SUBMIT.test(url.pathname) && url.search.startsWith('?/verstuur')) {
		// An answer with a recording waits for an upload slot before its body is read (upload-slots.ts).
		if (length !== null && Number(length) <= BODY_LIMIT_MB * 1024 * 1024) return resolve(event);
		return uploadSlots.run(async () => resolve(event));
	}
	const refuse = async (status: number, message: string) => {
		// Read and drop the body (never more than adapter-node's ceiling): a client that is still sending
		// when the answer comes would see a reset connection instead of the message.
		await request.body?.pipeTo(new WritableStream()).catch(() => {});
		return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
	};
	if (length === null) {
		if (!request.headers.has('transfer-encoding')) return resolve(event);
		return refuse(411, m.error_length_required());
	}
	if (Number(length) > BODY_LIMIT_MB * 1024 * 1024) {
		return refuse(413, m.error_body_too_large({ mb: BODY_LIMIT_MB }));
	}
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (!response.headers.has('content-security-policy')) response.headers.set('Content-Security-Policy', STRICT_CSP);
	// Pages carry one-time form tokens and personal data: never cached by a browser or proxy.
	if (event.locals.user || response.headers.get('content-type')?.startsWith('text/html')) {
		if (!response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

/**
 * SvelteKit throws a plain Error (a 500) for `?/default`, a reserved action name: answer 400 before it
 * reaches the framework's action dispatcher.
 */
const reservedAction: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST' && event.url.searchParams.has('/default')) {
		return new Response(m.error_unknown_action(), {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/**
 * After a password reset the feedback mirror and the casussen, with their exports and recordings,
 * stay closed until the person has seen who reset it and when (ADR 0010). Checked here, in front of
 * every page, form action and +server.ts under those paths, so no download can slip past a layout.
 */
const privateLock: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	if (user && PRIVATE_PATH.test(event.url.pathname)) {
		if (await isPrivateLocked(event.locals.app.database.db, user.userId)) {
			const back = encodeURIComponent(event.url.pathname);
			return new Response(null, { status: 303, headers: { location: `/wachtwoord-hersteld?terug=${back}` } });
		}
	}
	return resolve(event);
};

// headers comes before bodyLimit and the guessing limit, so that a refused body and the 429 page carry
// the security headers too.
export const handle = sequence(i18n, headers, bodyLimit, guessLimitHandle, session, reservedAction, privateLock);

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
	if (event.route.id?.startsWith('/(resident)/')) {
		// A resident reads what went wrong and what to do in their own language (issue 13, item 9).
		const language = pickResidentLanguage(event.url, event.request.headers.get('accept-language'));
		const t = residentTexts(language);
		event.locals.htmlLang = t.lang;
		event.locals.htmlDir = t.dir;
		const page = residentErrorPage('other', { language, path: event.url.pathname });
		return { ...page, message: `${page.message} (${errorId})`, errorId };
	}
	return { message: `Er ging iets mis (foutcode ${errorId}).`, errorId };
};
