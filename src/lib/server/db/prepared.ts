import type { Db } from './client';

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
