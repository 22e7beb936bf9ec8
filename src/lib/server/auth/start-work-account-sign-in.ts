import type { Auth } from './auth';
import { WORK_ACCOUNT_PROVIDER } from './work-account-config';

/**
 * Starts a sign-in with a work account: better-auth makes the state, the PKCE verifier and the nonce,
 * keeps them (database row plus a signed cookie on this browser) and returns the address of the
 * provider's authorization endpoint. Anyone may start one; nothing is decided until the callback.
 */
export async function startWorkAccountSignIn(
	auth: Auth,
	input: { headers: Headers; returnTo: string }
): Promise<{ url: string }> {
	const result = await auth.api.signInSocial({
		body: {
			provider: WORK_ACCOUNT_PROVIDER,
			callbackURL: input.returnTo,
			errorCallbackURL: '/inloggen',
			newUserCallbackURL: input.returnTo,
			disableRedirect: true
		},
		headers: input.headers
	});
	if (!result.url) throw new Error('work account: no authorization URL');
	return { url: result.url };
}
