import { randomUUID } from 'node:crypto';
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from './client';
import * as schema from './schema';

/**
 * A logical, engine-independent dump of every table: the way to move an organisation from the
 * embedded PGlite to PostgreSQL and back (`vakspiegel export` / `import`). Rows are keyed by SQL
 * column name; dates are ISO strings; binary data is base64.
 */
export interface DataDump {
	format: 'vakspiegel-export';
	version: 1;
	exportedAt: string;
	engine: string;
	/** Number of migrations applied to the source database. */
	migrations: number;
	tables: Record<string, Record<string, unknown>[]>;
}

const allTables = (): PgTable[] => (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
export function tablesInDependencyOrder(tables: PgTable[] = allTables()): PgTable[] {
	const byName = new Map(tables.map((t) => [getTableName(t), t]));
	const done = new Set<string>();
	const out: PgTable[] = [];
	const visit = (t: PgTable, path: Set<string>) => {
		const name = getTableName(t);
		if (done.has(name) || path.has(name)) return;
		path.add(name);
		for (const fk of getTableConfig(t).foreignKeys) {
			const target = getTableName(fk.reference().foreignTable);
			const dep = byName.get(target);
			if (dep && target !== name) visit(dep, path);
		}
		done.add(name);
		out.push(t);
	};
	for (const t of [...tables].sort((a, b) => getTableName(a).localeCompare(getTableName(b)))) visit(t, new Set());
	return out;
}

async function migrationCount(db: Db): Promise<number> {
	const rows = rowsOf<{ n: number }>(
		await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
	);
	return Number(rows[0]?.n ?? 0);
}

function encode(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
	return value;
}

/**
 * A plain select returns rows in the order they lie in the table, which is the order they were
 * written: for residents and participants, the order in which they answered (a tip, a join, a vote).
 * The export sorts every table by its primary key (or, without one, by all its columns) instead: random ids, codes and nonces, so an order
 * that says nothing about arrival and stays the same from one export to the next (SECURITY.md, "What a
 * raw database dump shows"). No table refers to itself (reordering.db.spec.ts checks), so an import
 * in this order keeps every foreign key.
 */
function sortedByKey(table: PgTable, rows: Record<string, unknown>[]): Record<string, unknown>[] {
	const config = getTableConfig(table);
	const primary = [...config.columns.filter((c) => c.primary), ...(config.primaryKeys[0]?.columns ?? [])];
	// A table without a primary key (advice_vote: a participant's dots per theme) by all its columns.
	const keyColumns = (primary.length ? primary : config.columns).map(
		(c) => Object.entries(getTableColumns(table)).find(([, col]) => col.name === c.name)?.[0] ?? c.name
	);
	const keyed = rows.map((row) => ({ row, key: JSON.stringify(keyColumns.map((k) => String(row[k]))) }));
	return keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((k) => k.row);
}

/**
 * `readRecording` reads a recording kept as a file (ADR 0009): the dump carries its bytes like any
 * other, so it loads into either engine. A row whose file is gone is left out.
 */
export async function exportData(
	db: Db,
	engine: string,
	readRecording: (fileName: string) => Promise<Buffer | null> = async () => null
): Promise<DataDump> {
	const tables: DataDump['tables'] = {};
	for (const table of tablesInDependencyOrder()) {
		const columns = Object.entries(getTableColumns(table));
		const selected = (await db.select().from(table)) as Record<string, unknown>[];
		const name = getTableName(table);
		const rows = sortedByKey(table, selected);
		const out: Record<string, unknown>[] = [];
		for (const row of rows) {
			if (name === 'feedback_media' && typeof row.fileName === 'string') {
				const bytes = await readRecording(row.fileName);
				if (!bytes) continue;
				Object.assign(row, { bytes, fileName: null });
			}
			out.push(Object.fromEntries(columns.map(([key, col]) => [col.name, encode(row[key])])));
		}
		tables[name] = out;
	}
	return {
		format: 'vakspiegel-export',
		version: 1,
		exportedAt: new Date().toISOString(),
		engine,
		migrations: await migrationCount(db),
		tables
	};
}

export class ImportError extends Error {}

/**
 * Exports made before migration 0008 keep a resident's call-back name on the response
 * (`contact_name`, `contact`): they become contact requests of their own, with the response's day and
 * new random ids, so importing an older export loses none and links none to its response.
 */
function upgradeContactRequests(tables: DataDump['tables']): DataDump['tables'] {
	const responses = tables.feedback_response ?? [];
	if (!responses.some((r) => 'contact_name' in r)) return tables;
	const moved = responses
		.filter((r) => typeof r.contact_name === 'string' && r.contact_name !== '')
		.map((r) => ({
			id: randomUUID(),
			organisation_id: r.organisation_id,
			worker_user_id: r.worker_user_id,
			name: r.contact_name,
			contact: r.contact ?? '',
			requested_on: r.submitted_on,
			handled_on: null
		}));
	const requests = [...(tables.feedback_contact_request ?? []), ...moved].sort((x, y) =>
		String(x.id).localeCompare(String(y.id))
	);
	return { ...tables, feedback_contact_request: requests };
}

/**
 * Loads a dump into an empty database (already migrated to this version), in one transaction:
 * either everything arrives or nothing does.
 */
export async function importData(db: Db, dump: DataDump): Promise<Record<string, number>> {
	if (dump?.format !== 'vakspiegel-export' || dump.version !== 1 || typeof dump.tables !== 'object') {
		throw new ImportError('Dit bestand is geen export van Vakspiegel.');
	}
	const here = await migrationCount(db);
	if (dump.migrations > here) {
		throw new ImportError(
			`Deze export komt van een nieuwere versie van Vakspiegel (${dump.migrations} migraties, hier ${here}). Werk eerst deze installatie bij.`
		);
	}
	const ordered = tablesInDependencyOrder();
	const known = new Set(ordered.map((t) => getTableName(t)));
	const tables = upgradeContactRequests(dump.tables);
	const unknown = Object.keys(tables).filter((n) => !known.has(n));
	if (unknown.length) throw new ImportError(`Onbekende tabellen in de export: ${unknown.join(', ')}.`);
	for (const table of ordered) {
		const [{ n }] = (await db.select({ n: sql<number>`cast(count(*) as int)` }).from(table)) as { n: number }[];
		if (n > 0) {
			throw new ImportError(
				`De database is niet leeg (tabel ${getTableName(table)} heeft ${n} rijen). Importeer alleen in een lege database.`
			);
		}
	}
	const counts: Record<string, number> = {};
	await db.transaction(async (tx) => {
		for (const table of ordered) {
			const name = getTableName(table);
			const rows = tables[name] ?? [];
			const columns = Object.entries(getTableColumns(table));
			const values = rows.map((row) => {
				const out: Record<string, unknown> = {};
				for (const [key, col] of columns) {
					if (!(col.name in row)) continue;
					let v = row[col.name];
					if (v !== null && col.dataType === 'date' && typeof v === 'string') v = new Date(v);
					if (v && typeof v === 'object' && '$bytes' in (v as object)) {
						v = Buffer.from((v as { $bytes: string }).$bytes, 'base64');
					}
					out[key] = v;
				}
				return out;
			});
			for (let i = 0; i < values.length; i += 500) {
				await tx.insert(table).values(values.slice(i, i + 500) as never);
			}
			counts[name] = values.length;
		}
	});
	return counts;
}
