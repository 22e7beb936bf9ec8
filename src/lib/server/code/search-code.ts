import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { CodeId } from '../ids';
import { codeArticle } from '../db/schema';
import { readableVersion } from './code-access';

export interface CodeSearchHit {
	number: string;
	title: string;
	/** A piece of the text around the words found; `hit` parts are the words that matched. */
	snippet: { text: string; hit: boolean }[];
}

const START = '\u0001';
const STOP = '\u0002';
export const MAX_QUERY_LENGTH = 200;

/** Splits ts_headline's output at the markers into plain-text parts (no HTML from the database). */
function snippetParts(headline: string): { text: string; hit: boolean }[] {
	const parts: { text: string; hit: boolean }[] = [];
	for (const piece of headline.split(START)) {
		const [hit, rest] = piece.includes(STOP) ? piece.split(STOP, 2) : [null, piece];
		if (hit) parts.push({ text: hit, hit: true });
		if (rest) parts.push({ text: rest, hit: false });
	}
	return parts;
}

/**
 * Searches the articles of the code members read, with PostgreSQL's full-text search in Dutch
 * ('dutch' configuration: "werkers" finds "werker", "zorgvuldig" finds "zorgvuldigheid"). Best
 * matches first; at most 30.
 */
export async function searchCode(
	actor: Actor,
	db: Db,
	options: { organisationId: string; query: string; codeId?: CodeId | null }
): Promise<CodeSearchHit[]> {
	const version = await readableVersion(actor, db, options);
	const query = options.query.trim().slice(0, MAX_QUERY_LENGTH);
	if (!version || query === '') return [];
	const document = sql`to_tsvector('dutch'::regconfig, ${codeArticle.number} || ' ' || ${codeArticle.title} || ' ' || ${codeArticle.body})`;
	const tsQuery = sql`websearch_to_tsquery('dutch'::regconfig, ${query})`;
	const rows = await db
		.select({
			number: codeArticle.number,
			title: codeArticle.title,
			headline: sql<string>`ts_headline('dutch'::regconfig, ${codeArticle.body}, ${tsQuery}, ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12`})`
		})
		.from(codeArticle)
		.where(and(eq(codeArticle.versionId, version.versionId), sql`${document} @@ ${tsQuery}`))
		.orderBy(sql`ts_rank(${document}, ${tsQuery}) desc`, codeArticle.position)
		.limit(30);
	return rows.map((r) => ({ number: r.number, title: r.title, snippet: snippetParts(r.headline) }));
}
