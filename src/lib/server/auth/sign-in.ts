import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import type { Auth } from './auth';
import { blockedUntil, clearFailures, recordFailure } from './login-throttle';

/**
 * Signs a worker in with e-mail and password. Session cookies are set by better-auth's SvelteKit
 * cookie plugin on the current request. The same message for an unknown address and a wrong password.
 */
export async function signIn(
	auth: Auth,
	db: Db,
	input: { email: string; password: string; headers: Headers }
): Promise<void> {
	if (await blockedUntil(db, input.email)) throw new AppError('RATE_LIMITED', m.error_sign_in_blocked());
	try {
		await auth.api.signInEmail({
			body: { email: input.email, password: input.password, rememberMe: false },
			headers: input.headers
		});
	} catch {
		await recordFailure(db, input.email);
		if (await blockedUntil(db, input.email)) throw new AppError('RATE_LIMITED', m.error_sign_in_blocked());
		throw new AppError('UNAUTHORIZED', m.error_sign_in_failed(), { form: m.error_sign_in_failed() });
	}
	await clearFailures(db, input.email);
}
