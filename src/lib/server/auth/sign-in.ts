import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { membership, organisation, session } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import type { Auth } from './auth';
import { attemptSucceeded, reserveAttempt, throttleKeys } from './login-throttle';

/**
 * Signs a worker in with e-mail and password. Session cookies are set by better-auth's SvelteKit
 * cookie plugin on the current request. The same message for an unknown address and a wrong password.
 * `source` is the client address; it only feeds the throttle's keyed hashes (login-throttle.ts).
 * With a work-account provider (`workAccount`), a member of an organisation that switched password
 * sign-in off is refused after the password was checked, so the refusal tells a stranger nothing.
 */
export async function signIn(
	auth: Auth,
	db: Db,
	input: {
		email: string;
		password: string;
		headers: Headers;
		source: string;
		secret: string;
		workAccount?: boolean;
	},
	now = new Date()
): Promise<{ userId: string }> {
	const keys = throttleKeys(input.secret, input.email, input.source);
	const verdict = await reserveAttempt(db, keys, now);
	if (verdict === 'blocked') throw new AppError('RATE_LIMITED', m.error_sign_in_blocked());
	if (verdict === 'slow') throw new AppError('RATE_LIMITED', m.error_sign_in_slow());
	let userId: string;
	let token: string | null;
	try {
		const result = await auth.api.signInEmail({
			body: { email: input.email, password: input.password, rememberMe: false },
			headers: input.headers
		});
		userId = result.user.id;
		token = result.token;
	} catch {
		throw new AppError('UNAUTHORIZED', m.error_sign_in_failed(), { form: m.error_sign_in_failed() });
	}
	await attemptSucceeded(db, keys);
	if (input.workAccount && (await passwordSignInOff(db, userId))) {
		// The cookie better-auth just set then points at nothing.
		if (token) await db.delete(session).where(eq(session.token, token));
		throw new AppError('FORBIDDEN', m.sso_password_off(), { form: m.sso_password_off() });
	}
	return { userId };
}

async function passwordSignInOff(db: Db, userId: string): Promise<boolean> {
	const rows = await db
		.select({ id: organisation.id })
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(and(eq(membership.userId, userId), eq(organisation.passwordSignIn, false)))
		.limit(1);
	return rows.length > 0;
}
