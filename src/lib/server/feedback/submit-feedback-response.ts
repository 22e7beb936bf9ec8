import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { runPreparedSql } from '../db/prepared';
import {
	feedbackCard,
	feedbackContactRequest,
	feedbackFormNonce,
	feedbackMedia,
	feedbackRate,
	feedbackRequest,
	feedbackResponse,
	organisation
} from '../db/schema';
import { nextDay, todayInNL } from '../dates';
import { FeedbackError } from './feedback-error';
import { followUpFor, type FollowUpKind } from './follow-up-rule';
import type { RecordingFiles } from './recording-files';
import { followUpTokenFor } from './follow-up-token';
import type { ResponseInput } from './response-input';
import { openSubmission, type Submission } from './submission';

export interface SubmitResult {
	/**
	 * The worker's user id when the resident's call-back request was stored: the worker sees it at once,
	 * and gets an e-mail notice (notify-contact-request.ts).
	 */
	contactRequestFor: string | null;
	/** Set when the answers call for the optional follow-up question: a signed one-time token. */
	followUpToken: string | null;
	/** Which follow-up question to ask (follow-up-rule.ts); null together with the token. */
	followUp: FollowUpKind | null;
	/** k, the organisation's batch size now (the follow-up step repeats it to the resident). */
	batchSize: number;
}

interface StoreRow {
	status: string | null;
	batch_size: number | null;
	nonce_ok: number;
	card_ok: number;
	id: string | null;
	contact_for: string | null;
}

const p = (name: string) => sql.placeholder(name);

/**
 * One statement does it all, atomically and in one round trip: check that the request still takes
 * answers, consume the form's one-time nonce (a replay or double click is refused), claim the card or
 * count the link's day (flood guard), and insert the response only if all of that passed, with the
 * resident's call-back request (if any) in a table of its own, holding nothing that points to the
 * response. Data-modifying CTEs all run once.
 */
const storeStatement = () => sql`
	with req as (
		select id, organisation_id, worker_user_id, daily_limit, status from ${feedbackRequest}
		where id = ${p('requestId')}
	), open as (
		select * from req where status = 'open'
	), nonce as (
		insert into ${feedbackFormNonce} (nonce, request_id, keep_until)
		select ${p('nonce')}, id, ${p('keepUntil')}::date from open
		on conflict do nothing returning 1 as ok
	), card as (
		update ${feedbackCard} set used_on = ${p('day')}
		where ${p('cardCode')}::text is not null and code = ${p('cardCode')} and request_id = ${p('requestId')}
			and used_on is null and exists (select 1 from nonce)
		returning 1 as ok
	), rate as (
		insert into ${feedbackRate} (request_id, day, count)
		select ${p('requestId')}, ${p('day')}::date, 1
		where ${p('cardCode')}::text is null and exists (select 1 from nonce)
		on conflict (request_id, day) do update set count = ${feedbackRate}.count + 1
		returning count
	), inserted as (
		insert into ${feedbackResponse}
			(request_id, organisation_id, worker_user_id, rater_type, language, scores, good, better, submitted_on)
		select open.id, open.organisation_id, open.worker_user_id, ${p('raterType')}, ${p('language')},
			${p('scores')}::jsonb, ${p('good')}, ${p('better')}, ${p('day')}
		from open
		where exists (select 1 from nonce)
			and (${p('cardCode')}::text is null or exists (select 1 from card))
			and (${p('cardCode')}::text is not null or (select count from rate) <= open.daily_limit)
		returning id
	), contact_request as (
		insert into ${feedbackContactRequest} (organisation_id, worker_user_id, name, contact, requested_on)
		select open.organisation_id, open.worker_user_id, ${p('contactName')}::text, ${p('contact')}::text, ${p('day')}::date
		from open
		where ${p('contactName')}::text is not null and exists (select 1 from inserted)
		returning worker_user_id
	)
	select (select status from req) as status,
		(select ${organisation.feedbackBatchSize} from ${organisation} where ${organisation.id} = (select organisation_id from req)) as batch_size,
		(select count(*) from nonce)::int as nonce_ok, (select count(*) from card)::int as card_ok,
		(select id from inserted) as id, (select worker_user_id from contact_request) as contact_for
`;

/**
 * Stores one resident's answers. What is kept is minimal by design (see the feedback_response table):
 * no IP, no user agent, no time of day. The worker sees it only once it is released in a batch of at
 * least k (release-batches.ts), so no answer can be tied to one visit.
 */
export async function submitFeedbackResponse(
	tokenOrCode: string,
	db: Db,
	input: ResponseInput & { language: string; formToken: string },
	ctx: {
		secret: string;
		now?: Date;
		submission?: Submission;
		/** Where this instance keeps recordings as files; absent or null: in the database (ADR 0009). */
		recordings?: RecordingFiles | null;
	}
): Promise<SubmitResult> {
	const now = ctx.now ?? new Date();
	// The caller may already have opened the submission (to check the answers against its questions).
	const { claims } =
		ctx.submission ?? (await openSubmission(tokenOrCode, input.formToken, db, ctx.secret, now.getTime()));
	if (!claims) throw new FeedbackError('expired');
	const { requestId, nonce } = claims;
	const cardCode = claims.cardCode || null;

	const day = todayInNL(now);
	const store = async (q: Db) => {
		const [row] = await runPreparedSql<StoreRow>(q, 'submit-feedback-response', storeStatement, {
			requestId,
			nonce,
			keepUntil: nextDay(todayInNL(new Date(claims.expires))),
			cardCode,
			day,
			raterType: input.raterType,
			language: input.language,
			scores: JSON.stringify(input.scores),
			good: input.good,
			better: input.better,
			contactName: input.contactName,
			contact: input.contact
		});
		if (row.status === null) throw new FeedbackError('notFound');
		if (row.status === 'closed') throw new FeedbackError('closed');
		if (row.status !== 'open') throw new FeedbackError('paused');
		if (!row.nonce_ok) throw new FeedbackError('expired');
		// A card that was used before: the answer is dropped, and the resident sees the same as for a
		// first use (the page says a card counts once). Telling them apart would tell whoever types the
		// code whether, and so when, the resident answered (SECURITY.md, "Batches").
		if (cardCode && !row.card_ok) return { id: null, batchSize: Number(row.batch_size), contactFor: null };
		if (!row.id) throw new FeedbackError('flood');
		if (input.media) {
			await q.insert(feedbackMedia).values({
				responseId: row.id,
				mimeType: input.media.mimeType,
				...(fileName ? { fileName } : { bytes: input.media.bytes })
			});
		}
		return { id: row.id as string | null, batchSize: Number(row.batch_size), contactFor: row.contact_for ?? null };
	};
	// The file is written before the database is asked anything: the embedded database works in this
	// thread, and must not wait for (or carry) 20 MB.
	const fileName = input.media && ctx.recordings ? await ctx.recordings.save(input.media.bytes) : null;
	let stored;
	try {
		// With a recording the two inserts go in one transaction; without, the single statement is enough.
		stored = input.media ? await db.transaction((tx) => store(tx)) : await store(db);
	} catch (e) {
		if (fileName) await ctx.recordings?.remove(fileName);
		throw e;
	}
	// A used card's answer was dropped: so is its recording.
	if (stored.id === null && fileName) await ctx.recordings?.remove(fileName);
	const followUp = followUpFor(input.scores, input.good, input.better);
	const followUpToken = followUp ? followUpTokenFor(requestId, stored.id !== null, ctx.secret, now) : null;
	return { followUpToken, followUp, batchSize: stored.batchSize, contactRequestFor: stored.contactFor };
}
