import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { stopThrottledChanges } from '../realtime';

export type TestEngine = 'pglite' | 'postgres';

export const testEngine = (): TestEngine => (process.env.VAKSPIEGEL_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');

declare module 'vitest' {
	export interface ProvidedContext {
		/** File with a dump of a migrated PGlite (testing/db-templates.ts); '' when there is none. */
		pgliteTemplate: string;
		/** A migrated database on TEST_DATABASE_URL's server to copy; '' when there is none. */
		postgresTemplate: string;
	}
}

export interface TestDatabase {
	database: Database;
	/** Closes the database; on PostgreSQL also drops the throwaway database. */
	cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
	/** Migrate an empty database rather than copy the migrated template (the migrations' own test). */
	fresh?: boolean;
	/** PostgreSQL: the DATABASE_PREPARE setting (default true) and the pool size (default 4). */
	prepare?: boolean;
	poolSize?: number;
}

const provided = (key: 'pgliteTemplate' | 'postgresTemplate'): string => {
	try {
		return inject(key) ?? '';
	} catch {
		// Outside a vitest run (a script importing this file): no templates.
		return '';
	}
};

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or — in the `db-postgres`
 * project — a new database on the server of TEST_DATABASE_URL, dropped afterwards. Both start as a
 * copy of a template that vitest's global setup migrated once per run (testing/db-templates.ts):
 * migrating a new in-memory PGlite per file cost more than the tests in most files.
 */
export async function createTestDatabase(
	engine: TestEngine = testEngine(),
	options: TestDatabaseOptions = {}
): Promise<TestDatabase> {
	if (engine === 'pglite') {
		const template = options.fresh ? '' : provided('pgliteTemplate');
		const loadDataDir = template ? new Blob([fs.readFileSync(template)]) : undefined;
		const database = await openDatabase({ dataDir: 'memory://', loadDataDir });
		return {
			database,
			cleanup: () => {
				stopThrottledChanges(database.db);
				return database.close();
			}
		};
	}
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL test project needs it.');
	const name = `vs_test_${randomBytes(6).toString('hex')}`;
	const template = options.fresh ? '' : provided('postgresTemplate');
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
	const url = new URL(base);
	url.pathname = `/${name}`;
	const database = await openDatabase({
		databaseUrl: url.toString(),
		poolSize: options.poolSize ?? 4,
		prepare: options.prepare
	});
	return {
		database,
		async cleanup() {
			stopThrottledChanges(database.db);
			await database.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end({ timeout: 5 });
		}
	};
}
