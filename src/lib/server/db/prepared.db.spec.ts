import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { rowsOf } from './client';
import { runPreparedSql } from './prepared';

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
});
