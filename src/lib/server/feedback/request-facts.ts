import type { Db } from '../db/client';
import type { FeedbackTarget } from './find-feedback-target';
import { targetQuery } from './feedback-target-query';

/**
 * What never changes about a request once it is made (its link token, the worker's first name, je or
 * u, and the questionnaire: templates are archived, never edited): enough to check a submitted form
 * against. Whether the request still takes answers is not part of it: the submit's own statement
 * checks that.
 */
export interface RequestFacts {
	requestId: string;
	token: string;
	firstName: string;
	address: 'je' | 'u';
	template: FeedbackTarget['template'];
}

export const factsOf = ({ request, template }: Pick<FeedbackTarget, 'request' | 'template'>): RequestFacts => ({
	requestId: request.id,
	token: request.token,
	firstName: request.firstName,
	address: request.address === 'u' ? 'u' : 'je',
	template
});

const FACTS_MAX = 1000;
const FACTS_TTL_MS = 10 * 60_000;
const factsCache = new WeakMap<Db, Map<string, { facts: RequestFacts; until: number }>>();

/**
 * A request's unchanging facts by id, kept in memory for a while (at most 1,000 requests, 10 minutes):
 * a resident's submit then costs the database one statement instead of two. Null when there is no
 * such request.
 */
export async function findRequestFacts(requestId: string, db: Db, now = Date.now()): Promise<RequestFacts | null> {
	let cache = factsCache.get(db);
	if (!cache) factsCache.set(db, (cache = new Map()));
	const hit = cache.get(requestId);
	if (hit && hit.until > now) return hit.facts;
	const [row] = await targetQuery(db, 'id').execute({ key: requestId });
	cache.delete(requestId);
	if (!row) return null;
	const facts = factsOf(row);
	// A Map keeps insertion order: the first key is the oldest entry.
	if (cache.size >= FACTS_MAX) cache.delete(cache.keys().next().value as string);
	cache.set(requestId, { facts, until: now + FACTS_TTL_MS });
	return facts;
}
