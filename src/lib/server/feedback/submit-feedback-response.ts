import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	feedbackCard,
	feedbackFormNonce,
	feedbackMedia,
	feedbackRate,
	feedbackResponse
} from '../db/schema';
import { sign, verifySigned } from '../signing';
import { hourBucket, todayInNL } from './dates';
import { FeedbackError } from './feedback-error';
import { findOpenFeedbackTarget } from './find-feedback-target';
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
	ctx: { secret: string; now?: Date }
): Promise<SubmitResult> {
	const now = ctx.now ?? new Date();
	const { request: req, card } = await findOpenFeedbackTarget(tokenOrCode, db);
	const cardCode = card?.code ?? null;
	const payload = verifySigned(input.formToken, ctx.secret);
	const [requestId, cardPart, expires, nonce] = (payload ?? '').split('~');
	if (!payload || requestId !== req.id || cardPart !== (cardCode ?? '') || Number(expires) < now.getTime()) {
		throw new FeedbackError('expired');
	}

	return db.transaction(async (tx) => {
		// One submit per rendered form: a replayed or double-clicked form is refused.
		const fresh = await tx
			.insert(feedbackFormNonce)
			.values({ nonce, requestId, expiresAt: new Date(Number(expires)) })
			.onConflictDoNothing()
			.returning({ nonce: feedbackFormNonce.nonce });
		if (fresh.length === 0) throw new FeedbackError('expired');

		if (cardCode) {
			const claimed = await tx
				.update(feedbackCard)
				.set({ usedOn: todayInNL(now) })
				.where(and(eq(feedbackCard.code, cardCode), isNull(feedbackCard.usedOn)))
				.returning({ code: feedbackCard.code });
			if (claimed.length === 0) throw new FeedbackError('cardUsed');
		}


		if (!cardCode) {
			const hour = hourBucket(now);
			const [rate] = await tx
				.insert(feedbackRate)
				.values({ requestId, hour, count: 1 })
				.onConflictDoUpdate({
					target: [feedbackRate.requestId, feedbackRate.hour],
					set: { count: sql`${feedbackRate.count} + 1` }
				})
				.returning({ count: feedbackRate.count });
			if (rate.count > req.hourlyLimit) throw new FeedbackError('flood');
		}

		const [created] = await tx
			.insert(feedbackResponse)
			.values({
				requestId,
				organisationId: req.organisationId,
				workerUserId: req.workerUserId,
				raterType: input.raterType,
				language: input.language,
				scores: input.scores,
				good: input.good,
				better: input.better,
				contactName: input.contactName,
				contact: input.contact,
				submittedOn: todayInNL(now)
			})
			.returning({ id: feedbackResponse.id });
		if (input.media) {
			await tx.insert(feedbackMedia).values({ responseId: created.id, ...input.media });
		}

		const followUpToken = needsFollowUp(input.scores, input.good, input.better)
			? sign(`${created.id}~${now.getTime() + FOLLOW_UP_HOURS * 3600_000}`, ctx.secret)
			: null;
		return { followUpToken };
	});
}
