import path from 'node:path';

/**
 * Runtime configuration, read from the environment once. Plain `process.env` (not `$env/…`) because
 * the `vakspiegel` CLI imports the same server modules outside SvelteKit.
 * Every variable here is documented in README.md → "Configuratie".
 */
export interface AppConfig {
	databaseUrl: string | undefined;
	/** Connections to PostgreSQL per app instance; undefined: the default in db/client.ts. */
	databasePoolSize: number | undefined;
	/** False behind a pooler in transaction mode (PgBouncer): no prepared statements (DATABASE_PREPARE). */
	databasePrepare: boolean;
	dataDir: string;
	demo: boolean;
	origin: string;
	authSecret: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	logLevel: string;
	invitationDays: number;
	passwordResetHours: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
	const port = env.PORT ?? '3000';
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		databasePoolSize: Number(env.DATABASE_POOL_SIZE) > 0 ? Math.floor(Number(env.DATABASE_POOL_SIZE)) : undefined,
		databasePrepare: !['false', '0', 'no', 'off'].includes((env.DATABASE_PREPARE ?? '').trim().toLowerCase()),
		dataDir: path.resolve(env.VAKSPIEGEL_DATA_DIR || './data'),
		demo: env.VAKSPIEGEL_DEMO !== '0',
		origin: env.ORIGIN || `http://localhost:${port}`,
		authSecret: env.BETTER_AUTH_SECRET || undefined,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'Vakspiegel <noreply@localhost>',
		logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info'),
		invitationDays: Number(env.VAKSPIEGEL_INVITATION_DAYS || 7),
		passwordResetHours: Number(env.VAKSPIEGEL_PASSWORD_RESET_HOURS || 24)
	};
}

export const config = readConfig();
