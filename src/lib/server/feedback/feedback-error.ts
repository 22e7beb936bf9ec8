/** Why a resident's link, card or form did not work. The route shows it in the resident's language. */
export type FeedbackErrorReason = 'notFound' | 'closed' | 'paused' | 'cardUsed' | 'cardUnknown' | 'flood' | 'expired';

const STATUS: Record<FeedbackErrorReason, number> = {
	notFound: 404,
	cardUnknown: 404,
	closed: 410,
	paused: 409,
	cardUsed: 409,
	flood: 429,
	expired: 409
};

export class FeedbackError extends Error {
	constructor(readonly reason: FeedbackErrorReason) {
		super(reason);
		this.name = 'FeedbackError';
	}
	get status(): number {
		return STATUS[this.reason];
	}
}
