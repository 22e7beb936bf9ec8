import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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
 * Resolves to the result rows, on both engines.
 */
export async function runPreparedSql<Row>(
	db: Db,
	name: string,
	statement: () => SQL,
	values: Record<string, unknown>
): Promise<Row[]> {
	let query = texts.get(name);
	if (!query) texts.set(name, (query = dialect.sqlToQuery(statement())));
	const prepared = preparedStatement(db, name, query);
	return rowsOf<Row>(await prepared.execute(values));
}

const preparedStatement = (db: Db, name: string, query: Query) =>
	prepared(db, `sql:${name}`, (q) => q._.session.prepareQuery(query, undefined, name.replaceAll('-', '_'), false));
