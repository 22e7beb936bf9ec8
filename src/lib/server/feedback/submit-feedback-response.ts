import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackCard, feedbackFormNonce, feedbackMedia, feedbackRate, feedbackResponse } from '../db/schema';
import { sign, verifySigned } from '../signing';
import { hourBucket, todayInNL } from './dates';
import { FeedbackError } from './feedback-error';
import { findOpenFeedbackTarget, type FeedbackTarget } from './find-feedback-target';
import { needsFollowUp } from './questionnaire';
import type { ResponseInput } from './response-input';

export const FOLLOW_UP_HOURS = 2;

export interface SubmitResult {
	/** Set when the answers call for the optional follow-up question: a signed one-time token. */
	followUpToken: string | null;
}

/**
 * Stores one resident's answers. What is kept is minimal by design (see the feedback_response table):
 * no IP, no user agent, no time of day. The worker sees it only once it is released in a batch of at
 * least k (release-batches.ts), so no answer can be tied to one visit.
 */
export async function submitFeedbackResponse(
	tokenOrCode: string,
	db: Db,
	input: ResponseInput & { language: string; formToken: string },
	ctx: { secret: string; now?: Date; target?: FeedbackTarget }
): Promise<SubmitResult> {
	const now = ctx.now ?? new Date();
	// The caller may already have looked the target up (to check the answers against its questions).
	const { request: req, card } = ctx.target ?? (await findOpenFeedbackTarget(tokenOrCode, db));
	const cardCode = card?.code ?? null;
	const payload = verifySigned(input.formToken, ctx.secret);
	const [requestId, cardPart, expires, nonce] = (payload ?? '').split('~');
	if (!payload || requestId !== req.id || cardPart !== (cardCode ?? '') || Number(expires) < now.getTime()) {
		throw new FeedbackError('expired');
	}

	const day = todayInNL(now);
	const store = async (q: Db) => {
		// One statement does it all, atomically and in one round trip: consume the form's one-time
		// nonce (a replay or double click is refused), claim the card or count the link's hour (flood
		// guard), and insert the response only if all of that passed. Data-modifying CTEs all run once.
		const [row] = rowsOf<{ nonce_ok: number; card_ok: number; rate: number | null; id: string | null }>(
			await q.execute(sql`
				with nonce as (
					insert into ${feedbackFormNonce} (nonce, request_id, expires_at)
					values (${nonce}, ${requestId}, ${new Date(Number(expires)).toISOString()})
					on conflict do nothing returning 1 as ok
				), card as (
					update ${feedbackCard} set used_on = ${day}
					where ${cardCode}::text is not null and code = ${cardCode} and used_on is null
						and exists (select 1 from nonce)
					returning 1 as ok
				), rate as (
					insert into ${feedbackRate} (request_id, hour, count)
					select ${requestId}, ${hourBucket(now)}, 1
					where ${cardCode}::text is null and exists (select 1 from nonce)
					on conflict (request_id, hour) do update set count = ${feedbackRate}.count + 1
					returning count
				), inserted as (
					insert into ${feedbackResponse}
						(request_id, organisation_id, worker_user_id, rater_type, language, scores, good, better, contact_name, contact, submitted_on)
					select ${requestId}, ${req.organisationId}, ${req.workerUserId}, ${input.raterType}, ${input.language},
						${JSON.stringify(input.scores)}::jsonb, ${input.good}, ${input.better}, ${input.contactName}, ${input.contact}, ${day}
					where exists (select 1 from nonce)
						and (${cardCode}::text is null or exists (select 1 from card))
						and (${cardCode}::text is not null or (select count from rate) <= ${req.hourlyLimit})
					returning id
				)
				select (select count(*) from nonce)::int as nonce_ok, (select count(*) from card)::int as card_ok,
					(select count from rate) as rate, (select id from inserted) as id
			`)
		);
		if (!row.nonce_ok) throw new FeedbackError('expired');
		if (cardCode && !row.card_ok) throw new FeedbackError('cardUsed');
		if (!row.id) throw new FeedbackError('flood');
		if (input.media) await q.insert(feedbackMedia).values({ responseId: row.id, ...input.media });
		return row.id;
	};
	// With a recording the two inserts go in one transaction; without, the single statement is enough.
	const responseId = input.media ? await db.transaction((tx) => store(tx)) : await store(db);
	const followUpToken = needsFollowUp(input.scores, input.good, input.better)
		? sign(`${responseId}~${now.getTime() + FOLLOW_UP_HOURS * 3600_000}`, ctx.secret)
		: null;
	return { followUpToken };
}
