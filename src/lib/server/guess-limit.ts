import type { Handle, RequestEvent } from '@sveltejs/kit';
import { pickResidentLanguage } from './feedback/resident-language';
import { residentTexts } from './feedback/texts';
import { participantTexts } from './feedback/texts/participant';
import { clientAddress, RateLimiter, sourceKey } from './rate-limit';

/** Card codes (/f…) and join codes (/doe-mee…): short enough to guess, so guessing is limited. */
export type CodeSpace = 'card' | 'join';

const GUESS_WINDOW_MS = 60_000;
/** Failed guesses per source per minute: a room of phones that mistype a few times stays far below. */
export const FAILED_GUESSES_PER_SOURCE = 20;
/** Failed guesses per code space per minute per instance: more than this means someone is guessing. */
export const FAILED_GUESSES_CEILING = 300;
/** While over the ceiling every source gets this many: slower for a guesser with many addresses. */
export const FAILED_GUESSES_UNDER_ATTACK = 3;

export function codeSpaceOf(pathname: string): CodeSpace | null {
	if (/^\/f(\/|$)/u.test(pathname)) return 'card';
	if (/^\/doe-mee(\/|$)/u.test(pathname)) return 'join';
	return null;
}

/**
 * Failed guesses per source and per code space. A source that never guessed wrong is never slowed,
 * also not while the ceiling is crossed: a room of real phones keeps getting in. A source past its
 * budget gets 429 for every code, right or wrong, so the answer tells a guesser nothing.
 */
export class GuessLimit {
	readonly #perSource: RateLimiter;
	readonly #perSpace: RateLimiter;

	constructor(options: { now?: () => number } = {}) {
		this.#perSource = new RateLimiter({ limit: FAILED_GUESSES_PER_SOURCE, windowMs: GUESS_WINDOW_MS, ...options });
		this.#perSpace = new RateLimiter({ limit: FAILED_GUESSES_CEILING, windowMs: GUESS_WINDOW_MS, ...options });
	}

	check(space: CodeSpace, source: string): { allowed: boolean; retryAfterSeconds: number } {
		const underAttack = !this.#perSpace.allows(space).allowed;
		return this.#perSource.allows(
			`${space}:${source}`,
			underAttack ? FAILED_GUESSES_UNDER_ATTACK : FAILED_GUESSES_PER_SOURCE
		);
	}

	failed(space: CodeSpace, source: string): void {
		this.#perSource.hit(`${space}:${source}`);
		this.#perSpace.hit(space);
	}
}

const guesses = new GuessLimit();

/** A 404 page, or a form action's 404 failure (also when sent as `use:enhance` would, as JSON). */
async function isFailedGuess(event: RequestEvent, response: Response): Promise<boolean> {
	if (response.status === 404) return true;
	if (event.request.method !== 'POST' || !response.headers.get('content-type')?.startsWith('application/json')) {
		return false;
	}
	const body = (await response
		.clone()
		.json()
		.catch(() => null)) as { type?: string; status?: number } | null;
	return body?.type === 'failure' && body.status === 404;
}

function tooManyTries(event: RequestEvent, space: CodeSpace, seconds: number): Response {
	const language = pickResidentLanguage(event.url, event.request.headers.get('accept-language'));
	// Both code spaces answer in the visitor's resident language (docs/adr/0005), /doe-mee included.
	let lang: string, dir: string, title: string, message: string, back: { href: string; text: string };
	if (space === 'card') {
		const t = residentTexts(language);
		({ lang, dir, errorTitle: title } = t);
		message = t.errors.tooManyTries(seconds);
		back = { href: `/f?taal=${language}`, text: t.typeCardCode };
	} else {
		const t = participantTexts(language);
		({ lang, dir, errorTitle: title } = t);
		message = t.errors.tooManyTries(seconds);
		back = { href: `/doe-mee?taal=${language}`, text: t.otherCode };
	}
	const html = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/resident.css"></head>
<body><main id="inhoud" class="resident"><h1>${escapeHtml(title)}</h1>
<div class="alert" role="alert"><p>${escapeHtml(message)}</p></div>
<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.text)}</a></p></main></body></html>`;
	return new Response(html, {
		status: 429,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'retry-after': String(seconds),
			// Not rendered by SvelteKit, so not covered by its page CSP: this page needs one stylesheet only.
			'content-security-policy':
				"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
		}
	});
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The guessing limit in front of every page under /f and /doe-mee (GET and POST alike: a card code
 * can be tried at /f and at /f/CODE). Counts what answered 404; refuses a source past its budget.
 */
export const guessLimitHandle: Handle = async ({ event, resolve }) => {
	const space = codeSpaceOf(event.url.pathname);
	if (!space) return resolve(event);
	const source = sourceKey(clientAddress(event));
	const verdict = guesses.check(space, source);
	if (!verdict.allowed) return tooManyTries(event, space, verdict.retryAfterSeconds);
	const response = await resolve(event);
	if (await isFailedGuess(event, response)) guesses.failed(space, source);
	return response;
};
