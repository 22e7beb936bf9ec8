import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import type { Auth } from './auth';
import { attemptSucceeded, reserveAttempt, throttleKeys } from './login-throttle';

/**
 * Signs a worker in with e-mail and password. Session cookies are set by better-auth's SvelteKit
 * cookie plugin on the current request. The same message for an unknown address and a wrong password.
 * `source` is the client address; it only feeds the throttle's keyed hashes (login-throttle.ts).
 */
export async function signIn(
	auth: Auth,
	db: Db,
	input: { email: string; password: string; headers: Headers; source: string; secret: string },
	now = new Date()
): Promise<{ userId: string }> {
	const keys = throttleKeys(input.secret, input.email, input.source);
	const verdict = await reserveAttempt(db, keys, now);
	if (verdict === 'blocked') throw new AppError('RATE_LIMITED', m.error_sign_in_blocked());
	if (verdict === 'slow') throw new AppError('RATE_LIMITED', m.error_sign_in_slow());
	let userId: string;
	try {
		const result = await auth.api.signInEmail({
			body: { email: input.email, password: input.password, rememberMe: false },
			headers: input.headers
		});
		userId = result.user.id;
	} catch {
		throw new AppError('UNAUTHORIZED', m.error_sign_in_failed(), { form: m.error_sign_in_failed() });
	}
	await attemptSucceeded(db, keys);
	return { userId };
}
