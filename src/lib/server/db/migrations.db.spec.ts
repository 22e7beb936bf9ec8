import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { findMigrationsFolder, openDatabase, rowsOf } from './client';
import { tablesInDependencyOrder } from './dump';
import { getTableName } from 'drizzle-orm';

let tdb: TestDatabase;

beforeAll(async () => {
	// Not the migrated template the other files copy: this file checks the migrations themselves.
	tdb = await createTestDatabase(testEngine(), { fresh: true });
});
afterAll(() => tdb?.cleanup());

describe(`migrations on an empty ${testEngine()} database`, () => {
	it('apply every committed migration and create every table of the schema', async () => {
		const journal = JSON.parse(fs.readFileSync(path.join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8'));
		const applied = rowsOf(
			await tdb.database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
		);
		expect(applied[0].n).toBe(journal.entries.length);
		const tables = rowsOf(
			await tdb.database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`)
		).map((r) => r.table_name);
		for (const t of tablesInDependencyOrder()) expect(tables).toContain(getTableName(t));
	});

	it('are idempotent: migrating again changes nothing', async () => {
		if (testEngine() === 'pglite') {
			// PGlite in memory cannot be reopened; a second migrate on a data dir is covered below.
			const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'vs-mig-'));
			const first = await openDatabase({ dataDir: dir });
			await first.close();
			const second = await openDatabase({ dataDir: dir });
			const n = rowsOf(await second.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
			expect(n[0].n).toBeGreaterThan(0);
			await second.close();
			fs.rmSync(dir, { recursive: true, force: true });
		} else {
			const before = rowsOf(
				await tdb.database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
			);
			const url = new URL(process.env.TEST_DATABASE_URL!);
			url.pathname = (
				rowsOf(await tdb.database.db.execute(sql`select current_database() as d`))[0].d as string
			).replace(/^/, '/');
			const again = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
			const after = rowsOf(await again.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
			await again.close();
			expect(after[0].n).toBe(before[0].n);
		}
	});
});

describe(`migration 0004 on ${testEngine()}`, () => {
	it('raises a batch size below 3 to 3 (issue 12, finding 17)', async () => {
		if (testEngine() !== 'pglite') return; // the same SQL; one engine is enough for the data step
		const { PGlite } = await import('@electric-sql/pglite');
		const { drizzle } = await import('drizzle-orm/pglite');
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		const source = findMigrationsFolder();
		const upTo3 = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'vs-mig3-'));
		fs.cpSync(source, upTo3, { recursive: true });
		const journalPath = path.join(upTo3, 'meta', '_journal.json');
		const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
		const index = journal.entries.findIndex((e: { tag: string }) => e.tag.startsWith('0004_'));
		journal.entries = journal.entries.slice(0, index);
		fs.writeFileSync(journalPath, JSON.stringify(journal));
		const client = new PGlite();
		try {
			const db = drizzle(client);
			await migrate(db, { migrationsFolder: upTo3 });
			await db.execute(sql`insert into organisation (name, feedback_batch_size) values ('twee', 2), ('vijf', 5)`);
			await migrate(db, { migrationsFolder: source });
			const rows = rowsOf(await db.execute(sql`select name, feedback_batch_size as k from organisation order by name`));
			expect(rows).toEqual([
				{ name: 'twee', k: 3 },
				{ name: 'vijf', k: 5 }
			]);
		} finally {
			await client.close();
			fs.rmSync(upTo3, { recursive: true, force: true });
		}
	}, 180_000);
});

describe(`migration 0008 on ${testEngine()}`, () => {
	it('moves call-back names out of the responses into contact requests, with their day only', async () => {
		const source = findMigrationsFolder();
		const upTo7 = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'vs-mig7-'));
		fs.cpSync(source, upTo7, { recursive: true });
		const journalPath = path.join(upTo7, 'meta', '_journal.json');
		const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
		journal.entries = journal.entries.slice(
			0,
			journal.entries.findIndex((e: { tag: string }) => e.tag.startsWith('0008_'))
		);
		fs.writeFileSync(journalPath, JSON.stringify(journal));
		type Run = (q: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>;
		const check = async (run: Run, migrateTo: (folder: string) => Promise<void>) => {
			await migrateTo(upTo7);
			const [org] = await run(sql`insert into organisation (name) values ('Oud') returning id`);
			const [worker] = await run(
				sql`insert into "user" (id, name, email) values ('w-0008', 'Werker', 'w0008@test.example') returning id`
			);
			const [req] = await run(
				sql`insert into feedback_request (organisation_id, worker_user_id, token, first_name)
					values (${org.id}, ${worker.id}, 'token-0008', 'Sanne') returning id`
			);
			await run(sql`insert into feedback_response
				(request_id, organisation_id, worker_user_id, rater_type, language, scores, contact_name, contact, submitted_on)
				values (${req.id}, ${org.id}, ${worker.id}, 'resident', 'nl', '{}', 'Fatima', '0612345678', '2026-11-10'),
					(${req.id}, ${org.id}, ${worker.id}, 'resident', 'nl', '{}', null, null, '2026-11-11')`);
			await migrateTo(source);
			const moved = await run(
				sql`select organisation_id, worker_user_id, name, contact, requested_on::text as day, handled_on from feedback_contact_request`
			);
			expect(moved).toEqual([
				{
					organisation_id: org.id,
					worker_user_id: worker.id,
					name: 'Fatima',
					contact: '0612345678',
					day: '2026-11-10',
					handled_on: null
				}
			]);
			const columns = await run(
				sql`select column_name from information_schema.columns where table_name = 'feedback_response'`
			);
			expect(columns.map((c) => c.column_name)).not.toContain('contact_name');
			expect(columns.map((c) => c.column_name)).not.toContain('contact');
			expect(await run(sql`select count(*)::int as n from feedback_response`)).toEqual([{ n: 2 }]);
		};
		try {
			if (testEngine() === 'pglite') {
				const { PGlite } = await import('@electric-sql/pglite');
				const { drizzle } = await import('drizzle-orm/pglite');
				const { migrate } = await import('drizzle-orm/pglite/migrator');
				const client = new PGlite();
				try {
					const db = drizzle(client);
					await check(
						async (q) => rowsOf(await db.execute(q)),
						(folder) => migrate(db, { migrationsFolder: folder })
					);
				} finally {
					await client.close();
				}
			} else {
				const postgres = (await import('postgres')).default;
				const { drizzle } = await import('drizzle-orm/postgres-js');
				const { migrate } = await import('drizzle-orm/postgres-js/migrator');
				const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
				const name = `vs_mig8_${Math.random().toString(16).slice(2, 10)}`;
				await admin.unsafe(`create database ${name}`);
				const url = new URL(process.env.TEST_DATABASE_URL!);
				url.pathname = `/${name}`;
				const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
				try {
					const db = drizzle(client);
					await check(
						async (q) => rowsOf(await db.execute(q)),
						(folder) => migrate(db, { migrationsFolder: folder })
					);
				} finally {
					await client.end({ timeout: 5 });
					await admin.unsafe(`drop database if exists ${name} with (force)`);
					await admin.end({ timeout: 5 });
				}
			}
		} finally {
			fs.rmSync(upTo7, { recursive: true, force: true });
		}
	}, 180_000);
});
