import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { feedbackCard, feedbackRequest, feedbackTemplate } from '../db/schema';
import { isCardCodeShape, normaliseCardCode } from './codes';
import { FeedbackError } from './feedback-error';
import { targetQuery } from './feedback-target-query';

export interface FeedbackTarget {
	request: typeof feedbackRequest.$inferSelect;
	card: typeof feedbackCard.$inferSelect | null;
	template: typeof feedbackTemplate.$inferSelect | null;
	batchSize: number;
}

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
