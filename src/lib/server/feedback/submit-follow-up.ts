import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackResponse } from '../db/schema';
import { verifySigned } from '../signing';
import { FeedbackError } from './feedback-error';
import { cleanText, MAX_TEXT } from './response-input';

/**
 * Adds the answer to the optional follow-up question to the response just sent. The signed token
 * from the submit is the only way in; it works once (an empty follow_up field is the condition).
 */
export async function submitFollowUp(
	followUpToken: string,
	db: Db,
	input: { text: string },
	ctx: { secret: string; now?: Date }
): Promise<void> {
	const payload = verifySigned(followUpToken, ctx.secret);
	const [responseId, expires] = (payload ?? '').split('~');
	if (!payload || Number(expires) < (ctx.now ?? new Date()).getTime()) throw new FeedbackError('expired');
	const text = cleanText(input.text).slice(0, MAX_TEXT);
	if (!text) return;
	const updated = await db
		.update(feedbackResponse)
		.set({ followUp: text })
		.where(and(eq(feedbackResponse.id, responseId), eq(feedbackResponse.followUp, '')))
		.returning({ id: feedbackResponse.id });
	if (updated.length === 0) throw new FeedbackError('expired');
}
