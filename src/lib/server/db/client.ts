import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './pglite-lock';

type Schema = typeof schema;
/** The drizzle database, the same type on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
type Engine = 'pglite' | 'postgres';

export interface Database {
	db: Db;
	engine: Engine;
	/**
	 * Where residents' recordings are kept as files: a folder beside the embedded database. Null keeps
	 * them in the database (PostgreSQL, shared by every instance; an in-memory PGlite). ADR 0009.
	 */
	recordingsDir: string | null;
	/** Runs `select 1`; used by /healthz. */
	ping(): Promise<void>;
	/** LISTEN/NOTIFY on both engines (PGlite supports it in-process). */
	listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** PostgreSQL connection string; when absent the embedded PGlite is used. */
	databaseUrl?: string;
	/** PGlite data directory; `memory://` for a throwaway in-memory database (tests). */
	dataDir?: string;
	/** For `memory://`: start from this dump (PGlite's dumpDataDir) instead of an empty cluster (tests). */
	loadDataDir?: Blob;
	/** Apply pending migrations before returning (default true). */
	migrate?: boolean;
	/** Maximum PostgreSQL pool size (default: defaultPoolSize()). */
	poolSize?: number;
	/**
	 * PostgreSQL: keep statements prepared per connection (default true). False behind a connection
	 * pooler in transaction mode (PgBouncer, as managed PostgreSQL services offer), where the next
	 * transaction may run on a server connection that never saw the statement (DATABASE_PREPARE=false).
	 */
	prepare?: boolean;
}

/** Finds the committed `drizzle/` folder from wherever this module ended up (src, build or bin). */
export function findMigrationsFolder(): string {
	if (process.env.VAKSPIEGEL_MIGRATIONS_DIR) return process.env.VAKSPIEGEL_MIGRATIONS_DIR;
	const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
	for (const start of starts) {
		let dir = start;
		for (;;) {
			if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return path.join(dir, 'drizzle');
			const parent = path.dirname(dir);
			if (parent === dir) break;
			dir = parent;
		}
	}
	throw new Error('Map met migraties (drizzle/) niet gevonden.');
}

/**
 * Twice the cores of this machine, at least 2 and at most 10. postgres.js sends queries over a busy
 * connection without waiting (pipelining), so a few connections carry many requests, in fewer and
 * larger writes; more connections only add processes that compete for the same cores (figures in
 * ADR 0001).
 */
function defaultPoolSize(): number {
	return Math.min(10, Math.max(2, 2 * os.availableParallelism()));
}

// Same key for every instance: only one of several app instances migrates at a time.
const MIGRATION_LOCK_KEY = 727_001;

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	const migrationsFolder = findMigrationsFolder();
	if (options.databaseUrl) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		const url = options.databaseUrl;
		if (options.migrate !== false) {
			// A separate single connection, so the advisory lock and the migration share a session.
			const one = postgres(url, { max: 1, onnotice: () => {} });
			try {
				await one`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
				await migrate(drizzle(one), { migrationsFolder });
				await one`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
			} finally {
				await one.end({ timeout: 5 });
			}
		}
		const prepare = options.prepare !== false;
		const client = postgres(url, { max: options.poolSize ?? defaultPoolSize(), prepare, onnotice: () => {} });
		// Drizzle sends each query as an unnamed statement that PostgreSQL parses and plans every time;
		// postgres.js can keep them prepared per connection, keyed by the query text (values are
		// parameters, so the number of texts is that of the queries in the code): cheaper for PostgreSQL
		// (figures in ADR 0001). With `prepare: false` postgres.js prepares nothing.
		const preparing = prepare
			? new Proxy(client, {
					get: (target, key, receiver) =>
						key === 'unsafe'
							? (query: string, args?: unknown[], queryOptions?: Record<string, unknown>) =>
									target.unsafe(query, args as never, { ...queryOptions, prepare: true })
							: Reflect.get(target, key, receiver)
				})
			: client;
		const db = drizzle(preparing, { schema, casing: 'snake_case' }) as unknown as Db;
		return {
			db,
			engine: 'postgres',
			recordingsDir: null,
			async ping() {
				await client`select 1`;
			},
			async listen(channel, onMessage) {
				const sub = await client.listen(channel, onMessage);
				return () => sub.unlisten();
			},
			async close() {
				await client.end({ timeout: 5 });
			}
		};
	}

	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	const dataDir = options.dataDir ?? path.resolve('./data');
	const inMemory = dataDir.startsWith('memory://');
	const release = inMemory ? () => {} : acquireDataDirLock(path.resolve(dataDir));
	let client: InstanceType<typeof PGlite>;
	try {
		client = inMemory ? new PGlite({ loadDataDir: options.loadDataDir }) : new PGlite(path.resolve(dataDir, 'pg'));
		await client.waitReady;
		const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
		if (options.migrate !== false) await migrate(db as never, { migrationsFolder });
		return {
			db,
			engine: 'pglite',
			recordingsDir: inMemory ? null : path.resolve(dataDir, 'recordings'),
			async ping() {
				await db.execute(sql`select 1`);
			},
			async listen(channel, onMessage) {
				const unsub = await client.listen(channel, onMessage);
				return () => unsub();
			},
			async close() {
				try {
					if (!client.closed) await client.close();
				} finally {
					release();
				}
			}
		};
	} catch (e) {
		release();
		throw e;
	}
}

/** The rows of `db.execute(…)`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
