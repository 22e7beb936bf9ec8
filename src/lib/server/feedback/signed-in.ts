import type { Cookies } from '@sveltejs/kit';

/** better-auth's session cookie with our prefix (auth.ts), with or without the `__Secure-` prefix on https. */
const SESSION_COOKIE = /^(__Secure-)?vakspiegel\.session_token$/u;

/**
 * Whether this browser holds a session cookie of this Vakspiegel instance. The resident form refuses
 * answers from such a browser: a worker must not be able to fill in k − 1 answers about themselves
 * from their own work browser (SECURITY.md, "Batches"). Only the cookie's presence counts: resident
 * pages never look up a session.
 */
export const isSignedInBrowser = (cookies: Pick<Cookies, 'getAll'>): boolean =>
	cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value !== '');
