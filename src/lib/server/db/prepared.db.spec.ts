import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { readConfig } from '../config';
import { rowsOf } from './client';
import { organisation } from './schema';
import fs from 'node:fs';
import { PGLITE_INTERNALS, runPreparedSql } from './prepared';

const p = (name: string) => sql.placeholder(name);
const upsert = () => sql`
	insert into prepared_probe (key, n, note) values (${p('key')}, ${p('n')}::int, ${p('note')})
	on conflict (key) do update set n = prepared_probe.n + excluded.n
	returning key, n, note`;

describe(`runPreparedSql (${testEngine()})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		await t.database.db.execute(sql`create table prepared_probe (key text primary key, n int not null, note text)`);
	});
	afterAll(() => t.cleanup());

	it('runs the same statement again with other values, nulls and odd text included', async () => {
		const { db } = t.database;
		const first = await runPreparedSql(db, 'probe-upsert', upsert, { key: 'a', n: 2, note: "it's ' -- ; drop" });
		const again = await runPreparedSql(db, 'probe-upsert', upsert, { key: 'a', n: 3, note: null });
		const other = await runPreparedSql(db, 'probe-upsert', upsert, { key: 'b', n: 1, note: null });
		expect(first).toEqual([{ key: 'a', n: 2, note: "it's ' -- ; drop" }]);
		expect(again).toEqual([{ key: 'a', n: 5, note: "it's ' -- ; drop" }]);
		expect(other).toEqual([{ key: 'b', n: 1, note: null }]);
	});

	it('keeps working after a failed run, and inside a transaction', async () => {
		const { db } = t.database;
		await expect(runPreparedSql(db, 'probe-upsert', upsert, { key: null, n: 1, note: null })).rejects.toThrow();
		await db.transaction(async (tx) => {
			await runPreparedSql(tx as never, 'probe-upsert', upsert, { key: 'c', n: 7, note: 'tx' });
		});
		const ok = await runPreparedSql(db, 'probe-upsert', upsert, { key: 'c', n: 1, note: null });
		expect(ok).toEqual([{ key: 'c', n: 8, note: 'tx' }]);
		const rows = rowsOf<{ count: number }>(await db.execute(sql`select count(*)::int as count from prepared_probe`));
		expect(rows[0].count).toBe(3);
	});

	it('refuses a value it cannot send as text', async () => {
		await expect(
			runPreparedSql(t.database.db, 'probe-upsert', upsert, { key: 'd', n: 1, note: { x: 1 } })
		).rejects.toThrow(/note must be a string, number, boolean or null/);
	});

	it.runIf(testEngine() === 'pglite')(
		'finds the PGlite internals it uses, in the PGlite version they were checked against',
		() => {
			// runNamedOnPglite drives PGlite's extended protocol through methods PGlite does not document
			// (PGLITE_INTERNALS). After an upgrade: read runNamedOnPglite against the new PGlite's query()
			// and transaction(), run bench/submit on PGlite, then set the new version here.
			const checkedAgainst = '0.5.16';
			const { version } = JSON.parse(fs.readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as {
				version: string;
			};
			expect(version, 'PGlite was upgraded: check the internals runPreparedSql uses (see above)').toBe(checkedAgainst);
			const client = (t.database.db as unknown as { $client: Record<string, unknown> }).$client;
			for (const method of PGLITE_INTERNALS) expect(typeof client[method], method).toBe('function');
		}
	);
});

describe.runIf(testEngine() === 'postgres')('DATABASE_PREPARE on PostgreSQL', () => {
	for (const prepare of [true, false]) {
		it(`${prepare ? 'keeps' : 'keeps no'} statements prepared on the connection when it is ${prepare}`, async () => {
			// One connection, so the query below sees the statements of the queries before it.
			const t = await createTestDatabase('postgres', { prepare, poolSize: 1 });
			try {
				const { db } = t.database;
				await db.execute(sql`create table prepared_probe (key text primary key, n int not null, note text)`);
				await runPreparedSql(db, 'probe-upsert', upsert, { key: 'a', n: 1, note: null });
				const again = await runPreparedSql(db, 'probe-upsert', upsert, { key: 'a', n: 2, note: 'x' });
				expect(again).toEqual([{ key: 'a', n: 3, note: null }]);
				await db.select().from(organisation).limit(1);
				const [{ count }] = rowsOf<{ count: number }>(
					await db.execute(sql`select count(*)::int as count from pg_prepared_statements`)
				);
				if (prepare) expect(count).toBeGreaterThan(0);
				else expect(count).toBe(0);
			} finally {
				await t.cleanup();
			}
		});
	}

	it('reads DATABASE_PREPARE: on unless false, 0, no or off', () => {
		expect(readConfig({}).databasePrepare).toBe(true);
		expect(readConfig({ DATABASE_PREPARE: 'true' }).databasePrepare).toBe(true);
		for (const off of ['false', '0', 'no', 'OFF '])
			expect(readConfig({ DATABASE_PREPARE: off }).databasePrepare).toBe(false);
	});
});
