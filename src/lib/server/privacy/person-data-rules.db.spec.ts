import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { rowsOf, type Db } from '../db/client';
import * as schema from '../db/schema';
import { PERSON_DATA_RULES } from './person-data-rules';
import { countPersonData, findPerson } from './person-data';

// Issue 18, "Export scope = erasure scope": every table of the schema, and every table the migrations
// made, has one rule. A table that holds a user id, a member id or residents' content must say what
// happens to it on export and erasure; only tables without any of that may say "none", with a reason.

/** Tables with residents' (or participants') content, even without a column pointing to a person. */
const RESIDENT_CONTENT = [
	'feedback_response',
	'feedback_media',
	'feedback_follow_up',
	'feedback_contact_request',
	'network_person',
	'network_tie',
	'network_note',
	'network_goal',
	'network_action',
	'network_version',
	'network_case',
	'code_round_reaction',
	'code_round_respondent'
];

/** Column names that hold a person's id without a foreign key. */
const PERSON_COLUMN = /(^|_)(user_id|user_ids|membership_id|member_key|actor_user_id|subject_id|email)$/;

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
}, 60_000);
afterAll(() => tdb?.cleanup());

describe('person data rules', () => {
	it('has exactly one rule for every table in the schema and in the database', async () => {
		const inSchema = (Object.values(schema) as unknown[])
			.filter((v): v is PgTable => is(v, PgTable))
			.map((t) => getTableName(t));
		const inDb = rowsOf<{ name: string }>(
			await db.execute(
				sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
			)
		).map((r) => r.name);
		const ruled = PERSON_DATA_RULES.map((r) => r.table);
		expect(new Set(ruled).size, 'a table has two rules').toBe(ruled.length);
		const missing = [...new Set([...inSchema, ...inDb])].filter((t) => !ruled.includes(t)).sort();
		expect(missing, 'tables without a person-data rule').toEqual([]);
		const stale = ruled.filter((t) => !inDb.includes(t));
		expect(stale, 'rules for tables that do not exist').toEqual([]);
	});

	it('gives every table that points to a person or holds residents’ content a real rule', async () => {
		const fks = rowsOf<{ table: string; target: string }>(
			await db.execute(sql`
				select tc.table_name as table, ccu.table_name as target
				from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`)
		);
		const columns = rowsOf<{ table: string; column: string }>(
			await db.execute(
				sql`select table_name as table, column_name as column from information_schema.columns where table_schema = 'public'`
			)
		);
		const personal = new Set<string>([
			...RESIDENT_CONTENT,
			...fks.filter((f) => f.target === 'user' || f.target === 'membership').map((f) => f.table),
			...columns.filter((c) => PERSON_COLUMN.test(c.column)).map((c) => c.table),
			'user'
		]);
		const withoutRule = [...personal]
			.filter((t) => (PERSON_DATA_RULES.find((r) => r.table === t)?.parts.length ?? 0) === 0)
			.sort();
		expect(withoutRule, 'tables with personal data but no export/erasure rule').toEqual([]);
		for (const rule of PERSON_DATA_RULES) {
			if (rule.parts.length === 0) expect(rule.none, rule.table).toBeTruthy();
			for (const part of rule.parts) if (part.action === 'anonymise') expect(part.set, rule.table).toBeDefined();
			expect(rule.export, rule.table).toBeDefined();
		}
	});

	it('runs every rule’s query on this engine', async () => {
		const person = await findPerson(db, { organisationId: a.organisationId, userId: a.worker.userId });
		expect(person).not.toBeNull();
		const counts = await countPersonData(db, person!);
		expect(counts.find((c) => c.table === 'membership')?.count).toBe(1);
		expect(counts.find((c) => c.table === 'user' && c.action === 'delete')?.count).toBe(1);
	});
});
