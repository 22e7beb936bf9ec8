import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { account, instanceSetting, session, user, verification } from '../db/schema';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { workAccountPlugin } from './work-account';
import type { WorkAccountConfig } from './work-account-config';

export interface AuthOptions {
	secret: string;
	baseURL: string;
	/** Put last: better-auth's SvelteKit cookie plugin must come after every other plugin. */
	plugins?: BetterAuthPlugin[];
	/** Sign-in with a work account (OpenID Connect); null or absent: passwords only. */
	workAccount?: WorkAccountConfig | null;
}

/**
 * better-auth does e-mail + password sign-in and database sessions only (docs/adr/0002). Its HTTP
 * handler is not mounted: sign-in and sign-out are SvelteKit form actions that call `auth.api`, so
 * they work without JavaScript. Accounts are made by our own use cases (invitation, create-admin).
 * With a work account configured, better-auth's generic OAuth plugin runs the OpenID Connect flow
 * (state, PKCE, nonce, ID token checks); our routes call its endpoints (docs/adr/0016).
 */
export function createAuth(db: Db, options: AuthOptions) {
	return betterAuth({
		appName: 'Vakspiegel',
		secret: options.secret,
		baseURL: options.baseURL,
		// Only the work-account callback lives under it (/inloggen/callback/werkaccount): the handler
		// itself is not mounted.
		basePath: '/inloggen',
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user, session, account, verification }
		}),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			autoSignIn: false,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			maxPasswordLength: MAX_PASSWORD_LENGTH,
			password: { hash: hashPassword, verify: verifyPassword }
		},
		session: {
			expiresIn: 60 * 60 * 12, // a working day
			updateAge: 60 * 60
		},
		// Login throttling is ours (auth/login-throttle.ts): it has to work for form actions, which
		// bypass better-auth's HTTP rate limiter.
		rateLimit: { enabled: false },
		// No phoning home: "no third-party requests, ever".
		telemetry: { enabled: false },
		// A wrong password is ours to count (login-throttle.ts), not a warning in the server log.
		logger: { level: 'error' },
		advanced: {
			useSecureCookies: options.baseURL.startsWith('https://'),
			ipAddress: { disableIpTracking: true },
			cookiePrefix: 'vakspiegel'
		},
		account: {
			// Never join a sign-in to an existing person on a matching e-mail address (docs/adr/0016).
			// Only the explicit link a signed-in person starts on /account (start-work-account-link.ts)
			// may add a work account to an existing account.
			accountLinking: { enabled: true, disableImplicitLinking: true, updateUserInfoOnLink: false },
			updateAccountOnSignIn: false
		},
		databaseHooks: {
			account: {
				create: {
					// We only need who someone is, not access to their mailbox: keep no provider tokens.
					before: async (row) => ({
						data: { ...row, accessToken: null, refreshToken: null, idToken: null, scope: null }
					})
				}
			}
		},
		plugins: [...(options.workAccount ? [workAccountPlugin(db, options.workAccount)] : []), ...(options.plugins ?? [])]
	});
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The secret that signs session cookies. From BETTER_AUTH_SECRET, or generated once and kept in the
 * database so that every app instance and every restart uses the same one.
 */
export async function resolveAuthSecret(db: Db, fromEnv: string | undefined): Promise<string> {
	if (fromEnv) return fromEnv;
	const key = 'auth_secret';
	const found = await db.select().from(instanceSetting).where(eq(instanceSetting.key, key));
	if (found[0]) return found[0].value;
	await db
		.insert(instanceSetting)
		.values({ key, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(instanceSetting).where(eq(instanceSetting.key, key));
	return row.value;
}
