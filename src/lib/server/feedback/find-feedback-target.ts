import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { feedbackCard, feedbackRequest, feedbackTemplate, organisation } from '../db/schema';
import { isCardCodeShape, normaliseCardCode } from './codes';
import { FeedbackError } from './feedback-error';

export interface FeedbackTarget {
	request: typeof feedbackRequest.$inferSelect;
	card: typeof feedbackCard.$inferSelect | null;
	template: typeof feedbackTemplate.$inferSelect | null;
	batchSize: number;
}

/** The request with its template and the organisation's batch size, by id or by link token. */
const targetQuery = (db: Db, by: 'id' | 'token') =>
	prepared(db, `feedback-target-by-${by}`, (q) =>
		q
			.select({ request: feedbackRequest, template: feedbackTemplate, batchSize: organisation.feedbackBatchSize })
			.from(feedbackRequest)
			.innerJoin(organisation, eq(organisation.id, feedbackRequest.organisationId))
			.leftJoin(feedbackTemplate, eq(feedbackTemplate.id, feedbackRequest.templateId))
			.where(eq(by === 'id' ? feedbackRequest.id : feedbackRequest.token, sql.placeholder('key')))
			.prepare(`feedback_target_by_${by}`)
	);

/** The request behind a personal-link token or a card code, whatever its state. */
export async function findFeedbackTarget(tokenOrCode: string, db: Db): Promise<FeedbackTarget> {
	const code = isCardCodeShape(tokenOrCode) ? normaliseCardCode(tokenOrCode) : null;
	let card: FeedbackTarget['card'] = null;
	if (code) {
		[card] = await prepared(db, 'feedback-card-by-code', (q) =>
			q
				.select()
				.from(feedbackCard)
				.where(eq(feedbackCard.code, sql.placeholder('code')))
				.prepare('feedback_card_by_code')
		).execute({ code });
		if (!card) throw new FeedbackError('cardUnknown');
	} else if (!/^[A-Za-z0-9_-]{20,100}$/u.test(tokenOrCode)) {
		throw new FeedbackError('notFound');
	}
	const [row] = card
		? await targetQuery(db, 'id').execute({ key: card.requestId })
		: await targetQuery(db, 'token').execute({ key: tokenOrCode });
	if (!row) throw new FeedbackError('notFound');
	return { request: row.request, card: card ?? null, template: row.template, batchSize: row.batchSize };
}

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

/**
 * The target, if it still takes answers: not paused or closed. A used card opens like an unused one
 * (its answer is dropped on submit): whether a card was used must not show to whoever types its code.
 */
export async function findOpenFeedbackTarget(tokenOrCode: string, db: Db): Promise<FeedbackTarget> {
	const target = await findFeedbackTarget(tokenOrCode, db);
	if (target.request.status === 'closed') throw new FeedbackError('closed');
	if (target.request.status === 'paused') throw new FeedbackError('paused');
	return target;
}
