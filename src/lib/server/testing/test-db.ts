import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../db/client';

export type TestEngine = 'pglite' | 'postgres';

export const testEngine = (): TestEngine => (process.env.VAKSPIEGEL_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase {
	database: Database;
	/** Closes the database; on PostgreSQL also drops the throwaway database. */
	cleanup(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or — in the `db-postgres`
 * project — a new database on the server of TEST_DATABASE_URL, dropped afterwards.
 */
export async function createTestDatabase(engine: TestEngine = testEngine()): Promise<TestDatabase> {
	if (engine === 'pglite') {
		const database = await openDatabase({ dataDir: 'memory://' });
		return { database, cleanup: () => database.close() };
	}
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL test project needs it.');
	const name = `vs_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(base);
	url.pathname = `/${name}`;
	const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
	return {
		database,
		async cleanup() {
			await database.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end({ timeout: 5 });
		}
	};
}
