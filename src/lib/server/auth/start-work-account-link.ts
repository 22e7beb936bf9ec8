import type { Auth } from './auth';
import { sign, verifySigned } from '../signing';
import { WORK_ACCOUNT_PROVIDER } from './work-account-config';

/** The cookie that says "this browser's signed-in person started linking a work account". */
export const LINK_COOKIE = 'vakspiegel.werkaccount-koppelen';
/** As long as a person may take at the provider (sign in, maybe a second factor). */
export const LINK_MINUTES = 10;

/**
 * Starts linking a work account to the signed-in person's own account (docs/adr/0016: a password
 * user moving to their organisation's work accounts keeps everything they have). better-auth keeps
 * the state with the person's session; our signed cookie tells the callback that this is a link, so
 * the token is then held to the person's own address (work-account.ts).
 */
export async function startWorkAccountLink(
	auth: Auth,
	input: { headers: Headers; userId: string; secret: string; now?: number }
): Promise<{ url: string; cookie: string }> {
	const result = await auth.api.linkSocialAccount({
		body: {
			provider: WORK_ACCOUNT_PROVIDER,
			callbackURL: '/account?werkaccount=gekoppeld',
			errorCallbackURL: '/account',
			disableRedirect: true
		},
		headers: input.headers
	});
	if (!result.url) throw new Error('work account: no authorization URL');
	const until = (input.now ?? Date.now()) + LINK_MINUTES * 60_000;
	return { url: result.url, cookie: sign(`${input.userId}:${until}`, input.secret) };
}

/** Whether the cookie is a live link started by this user. */
export function isLinkStartedBy(cookie: string | undefined, userId: string, secret: string, now = Date.now()): boolean {
	const payload = cookie ? verifySigned(cookie, secret) : null;
	if (!payload) return false;
	const i = payload.lastIndexOf(':');
	return payload.slice(0, i) === userId && Number(payload.slice(i + 1)) > now;
}
