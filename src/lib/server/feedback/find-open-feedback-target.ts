import type { Db } from '../db/client';
import { FeedbackError } from './feedback-error';
import { findFeedbackTarget, type FeedbackTarget } from './find-feedback-target';

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
