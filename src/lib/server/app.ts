import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { count } from 'drizzle-orm';
import { systemActor } from './actor';
import { createAuth, resolveAuthSecret, type Auth } from './auth/auth';
import { checkWorkAccountDiscovery, readWorkAccountConfig, type WorkAccountConfig } from './auth/work-account-config';
import { openDatabase, type Database } from './db/client';
import { organisation } from './db/schema';
import { config } from './config';
import { logger } from './logger';
import { formatDemoAccounts } from './demo/format-demo-accounts';
import { seedDemo } from './demo/seed-demo';
import { scheduleRetention } from './retention';
import { LiveHub } from './realtime';
import { RecordingFiles } from './feedback/recording-files';
import { registerAdviceRefreshers } from './advice/live';

export interface AppContext {
	database: Database;
	auth: Auth;
	/** Signs one-time resident form tokens (same secret as the session cookies). */
	secret: string;
	/** Live events for Server-Sent Events streams (realtime.ts). */
	live: LiveHub;
	/** Residents' recordings as files beside the embedded database; null: in the database (ADR 0009). */
	recordings: RecordingFiles | null;
	/** Sign-in with the organisation's OpenID Connect provider (VAKSPIEGEL_OIDC_*); null: passwords only. */
	workAccount: WorkAccountConfig | null;
}

// Cached on globalThis so Vite's hot reload in development does not open PGlite twice (STACK.md trap 1).
const GLOBAL_KEY = Symbol.for('vakspiegel.app');
type Holder = { [GLOBAL_KEY]?: Promise<AppContext> };

async function start(): Promise<AppContext> {
	// A half, multi-tenant or mismatching configuration stops the start with a Dutch message.
	const workAccount = readWorkAccountConfig(process.env);
	if (workAccount) await checkWorkAccountDiscovery(workAccount);
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.dataDir,
		poolSize: config.databasePoolSize,
		prepare: config.databasePrepare
	});
	logger.info({ database: database.engine }, 'database ready, migrations applied');
	if (database.engine === 'pglite' && config.demo) {
		const [{ n }] = await database.db.select({ n: count() }).from(organisation);
		if (n === 0) {
			const seed = await seedDemo(systemActor('start'), database.db);
			// Printed once, to the terminal of the person who ran `npm start`; never logged as JSON.
			process.stdout.write(formatDemoAccounts(seed, config.origin));
		}
	}
	const secret = await resolveAuthSecret(database.db, config.authSecret);
	const auth = createAuth(database.db, {
		secret,
		baseURL: config.origin,
		workAccount,
		plugins: [sveltekitCookies(getRequestEvent)]
	});
	const recordings = database.recordingsDir ? new RecordingFiles(database.recordingsDir) : null;
	const stopRetention = scheduleRetention(database.db, { recordings });
	const live = new LiveHub(database);
	registerAdviceRefreshers(live, database.db);
	const shutdown = async (reason: unknown) => {
		logger.info({ reason }, 'shutting down: closing database');
		stopRetention();
		await live.close();
		await database.close();
	};
	process.once('sveltekit:shutdown', (reason) => void shutdown(reason));
	return { database, auth, secret, live, recordings, workAccount };
}

export function startApp(): Promise<AppContext> {
	const holder = globalThis as Holder;
	holder[GLOBAL_KEY] ??= start();
	return holder[GLOBAL_KEY];
}
