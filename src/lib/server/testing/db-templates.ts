import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { findMigrationsFolder, openDatabase } from '../db/client';

/**
 * vitest's global setup for the database projects (vite.config.ts): migrates one database per run and
 * engine, which createTestDatabase (test-db.ts) copies for each test file. PGlite: a dump of a
 * migrated in-memory cluster in a temporary file (loading it skips initdb and the migrations);
 * PostgreSQL: a migrated database used as `create database … template`. Both go when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const engine = project.config.env?.VAKSPIEGEL_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
	const cleanups: (() => Promise<void>)[] = [];

	let pgliteTemplate = '';
	if (engine === 'pglite') {
		const client = new PGlite();
		try {
			await migrate(drizzle(client), { migrationsFolder: findMigrationsFolder() });
			const dump = await client.dumpDataDir('gzip');
			pgliteTemplate = path.join(os.tmpdir(), `vakspiegel-test-template-${randomBytes(6).toString('hex')}.tar.gz`);
			fs.writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));
			const file = pgliteTemplate;
			cleanups.push(async () => fs.rmSync(file, { force: true }));
		} finally {
			await client.close();
		}
	}

	let postgresTemplate = '';
	const base = process.env.TEST_DATABASE_URL;
	if (engine === 'postgres' && base) {
		postgresTemplate = `vs_template_${randomBytes(6).toString('hex')}`;
		const admin = postgres(base, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${postgresTemplate}`);
		const url = new URL(base);
		url.pathname = `/${postgresTemplate}`;
		// Migrated, then closed: PostgreSQL copies a template only while nobody is connected to it.
		await (await openDatabase({ databaseUrl: url.toString(), poolSize: 1 })).close();
		const name = postgresTemplate;
		cleanups.push(async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end({ timeout: 5 });
		});
	}

	project.provide('pgliteTemplate', pgliteTemplate);
	project.provide('postgresTemplate', postgresTemplate);
	return async () => {
		for (const cleanup of cleanups) await cleanup();
	};
}
