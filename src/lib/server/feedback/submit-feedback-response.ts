import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	feedbackBatch,
	feedbackCard,
	feedbackFormNonce,
	feedbackMedia,
	feedbackRate,
	feedbackRequest,
	feedbackResponse,
	organisation,
	user
} from '../db/schema';
import { sign, verifySigned } from '../signing';
import { hourBucket, todayInNL } from './dates';
import { FeedbackError } from './feedback-error';
import { getFeedbackForm } from './get-feedback-form';
import { needsFollowUp } from './questionnaire';
import type { ResponseInput } from './response-input';

export const FOLLOW_UP_HOURS = 2;

export interface SubmitResult {
	/** Set when the answers call for the optional follow-up question: a signed one-time token. */
	followUpToken: string | null;
}

/**
 * Stores one resident's answers. What is kept is minimal by design (see the feedback_response table):
 * no IP, no user agent, no time of day. The response is released to the worker's mirror only when at
 * least k unreleased responses exist for that worker, all at once, so none can be tied to one visit.
 */
export async function submitFeedbackResponse(
	tokenOrCode: string,
	db: Db,
	input: ResponseInput & { language: string; formToken: string },
	ctx: { secret: string; now?: Date }
): Promise<SubmitResult> {
	const now = ctx.now ?? new Date();
	const form = await getFeedbackForm(tokenOrCode, db, ctx.secret);
	const payload = verifySigned(input.formToken, ctx.secret);
	const [requestId, cardPart, expires, nonce] = (payload ?? '').split('~');
	if (!payload || requestId !== form.requestId || cardPart !== (form.cardCode ?? '') || Number(expires) < now.getTime()) {
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

		if (form.cardCode) {
			const claimed = await tx
				.update(feedbackCard)
				.set({ usedOn: todayInNL(now) })
				.where(and(eq(feedbackCard.code, form.cardCode), isNull(feedbackCard.usedOn)))
				.returning({ code: feedbackCard.code });
			if (claimed.length === 0) throw new FeedbackError('cardUsed');
		}

		// Serialise submissions per worker (row lock on the worker), so batching counts stay exact.
		const [req] = await tx.select().from(feedbackRequest).where(eq(feedbackRequest.id, requestId));
		await tx.select({ id: user.id }).from(user).where(eq(user.id, req.workerUserId)).for('update');

		if (!form.cardCode) {
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

		const [{ k }] = await tx
			.select({ k: organisation.feedbackBatchSize })
			.from(organisation)
			.where(eq(organisation.id, req.organisationId));
		const [{ waiting }] = await tx
			.select({ waiting: count() })
			.from(feedbackResponse)
			.where(and(eq(feedbackResponse.workerUserId, req.workerUserId), eq(feedbackResponse.organisationId, req.organisationId), isNull(feedbackResponse.batchId)));
		if (waiting >= k) {
			const [batch] = await tx
				.insert(feedbackBatch)
				.values({ organisationId: req.organisationId, workerUserId: req.workerUserId, releasedOn: todayInNL(now), size: waiting })
				.returning({ id: feedbackBatch.id });
			await tx
				.update(feedbackResponse)
				.set({ batchId: batch.id })
				.where(and(eq(feedbackResponse.workerUserId, req.workerUserId), eq(feedbackResponse.organisationId, req.organisationId), isNull(feedbackResponse.batchId)));
		}

		const followUpToken = needsFollowUp(input.scores, input.good, input.better)
			? sign(`${created.id}~${now.getTime() + FOLLOW_UP_HOURS * 3600_000}`, ctx.secret)
			: null;
		return { followUpToken };
	});
}
