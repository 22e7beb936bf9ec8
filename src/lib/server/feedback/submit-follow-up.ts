import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackFollowUp, feedbackFormNonce, feedbackRequest } from '../db/schema';
import { nextDay, todayInNL } from '../dates';
import { FeedbackError } from './feedback-error';
import { FOLLOW_UP_HOURS, readFollowUpToken } from './follow-up-token';
import { cleanText, MAX_TEXT } from './response-input';

/**
 * Stores the answer to the optional follow-up question. The signed token from the submit is the only
 * way in and works once (its nonce is used up like a form's). The answer is kept apart from the
 * response it follows, with nothing that links the two, and reaches the worker in a later batch
 * (release-batches.ts).
 */
export async function submitFollowUp(
	followUpToken: string,
	db: Db,
	input: { text: string },
	ctx: { secret: string; now?: Date }
): Promise<void> {
	const now = ctx.now ?? new Date();
	const claims = readFollowUpToken(followUpToken, ctx.secret, now.getTime());
	if (!claims) throw new FeedbackError('expired');
	const text = cleanText(input.text).slice(0, MAX_TEXT);
	if (!text || !claims.kept) return;
	const keepUntil = nextDay(todayInNL(new Date(now.getTime() + FOLLOW_UP_HOURS * 3600_000)));
	const [row] = rowsOf<{ stored: number }>(
		await db.execute(sql`
			with req as (
				select id, organisation_id, worker_user_id from ${feedbackRequest} where id = ${claims.requestId}
			), nonce as (
				insert into ${feedbackFormNonce} (nonce, request_id, keep_until)
				select ${`f:${claims.nonce}`}, id, ${keepUntil}::date from req
				on conflict do nothing returning 1
			), stored as (
				insert into ${feedbackFollowUp} (organisation_id, worker_user_id, text, submitted_on)
				select organisation_id, worker_user_id, ${text}, ${todayInNL(now)}::date from req
				where exists (select 1 from nonce)
				returning 1
			)
			select (select count(*) from stored)::int as stored
		`)
	);
	if (!row?.stored) throw new FeedbackError('expired');
}
