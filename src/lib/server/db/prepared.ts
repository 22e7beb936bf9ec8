import { fillPlaceholders, type Query, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { PGliteInterface } from '@electric-sql/pglite';
import { rowsOf, type Db } from './client';

const byDatabase = new WeakMap<Db, Map<string, unknown>>();

/**
 * A drizzle query built once per database and name (with `sql.placeholder` for its values), for the
 * hottest paths (a resident's answer, a participant's vote or tip): building a select with joins
 * costs drizzle more than the database needs to run it. `build` must return the same query for the
 * same name.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
	let queries = byDatabase.get(db);
	if (!queries) byDatabase.set(db, (queries = new Map()));
	let query = queries.get(name) as T | undefined;
	if (query === undefined) {
		query = build(db);
		queries.set(name, query);
	}
	return query;
}

const dialect = new PgDialect();
const texts = new Map<string, Query>();

/**
 * A hand-written SQL statement (values as `sql.placeholder(name)`) for a hot path: turned into text
 * once per process and prepared once per database (or transaction), then run with only its values.
 * Values are strings, numbers, booleans or null. Resolves to the result rows, on both engines.
 */
export async function runPreparedSql<Row>(
	db: Db,
	name: string,
	statement: () => SQL,
	values: Record<string, unknown>
): Promise<Row[]> {
	for (const [key, value] of Object.entries(values)) {
		if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
			throw new TypeError(`runPreparedSql(${name}): ${key} must be a string, number, boolean or null`);
		}
	}
	let query = texts.get(name);
	if (!query) texts.set(name, (query = dialect.sqlToQuery(statement())));
	const statementName = name.replaceAll('-', '_');
	const pglite = pgliteOf(db);
	if (pglite) return runNamedOnPglite<Row>(pglite, statementName, query, values);
	const preparedQuery = prepared(db, `sql:${name}`, (q) =>
		q._.session.prepareQuery(query, undefined, statementName, false)
	);
	return rowsOf<Row>(await preparedQuery.execute(values));
}

/**
 * PGlite's methods that `runNamedOnPglite` uses and that PGlite does not document as its API (they
 * start with an underscore or serve its own `query()`). `prepared.db.spec.ts` pins them and the PGlite
 * version they were checked against, so an upgrade fails that test loudly; if one is missing at run
 * time, statements take drizzle's public path instead (parsed and planned on every run, but correct).
 */
export const PGLITE_INTERNALS = [
	'_checkReady',
	'_runExclusiveTransaction',
	'_runExclusiveQuery',
	'execProtocolStream',
	'syncToFs'
] as const;

/** The PGlite instance behind a database handle (not a transaction's, which runs its queries itself). */
function pgliteOf(db: Db): PGliteInterface | null {
	const client = (db as unknown as { $client?: unknown }).$client as Record<string, unknown> | undefined;
	if (!client || !('execProtocolStream' in client)) return null;
	return PGLITE_INTERNALS.every((method) => typeof client[method] === 'function')
		? (client as unknown as PGliteInterface)
		: null;
}

const namedOnPglite = new WeakMap<PGliteInterface, Set<string>>();
let pgliteProtocol: Promise<typeof import('@electric-sql/pglite')> | null = null;

/**
 * PGlite sends every query as an unnamed statement that it parses and plans again each time (PostgreSQL
 * via postgres.js keeps them prepared, see client.ts). For a statement with several CTEs the planning
 * is most of the work (figures in ADR 0001). So it is parsed once per PGlite instance under its name, then only bound and run:
 * Bind, Execute and Sync in one message, under PGlite's own locks as its `query()` takes them.
 */
async function runNamedOnPglite<Row>(
	client: PGliteInterface,
	name: string,
	query: Query,
	values: Record<string, unknown>
): Promise<Row[]> {
	const { protocol, parse } = await (pgliteProtocol ??= import('@electric-sql/pglite'));
	const { serialize } = protocol;
	const params = fillPlaceholders(query.params, values).map((value) => (value == null ? null : String(value)));
	let named = namedOnPglite.get(client);
	if (!named) namedOnPglite.set(client, (named = new Set()));
	const known = named;
	await client._checkReady();
	return client._runExclusiveTransaction(() =>
		client._runExclusiveQuery(async () => {
			if (!known.has(name)) {
				await client.execProtocolStream(concat(serialize.parse({ name, text: query.sql }), serialize.sync()), {
					syncToFs: false
				});
				known.add(name);
			}
			const messages = await client.execProtocolStream(
				concat(
					serialize.bind({ statement: name, values: params }),
					serialize.describe({ type: 'P' }),
					serialize.execute({}),
					serialize.sync()
				),
				{ syncToFs: false }
			);
			await client.syncToFs();
			return parse.parseResults(messages, client.parsers)[0].rows as Row[];
		})
	);
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
