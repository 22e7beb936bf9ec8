import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import type { FeedbackTarget } from './find-feedback-target';
import { findOpenFeedbackTarget } from './find-open-feedback-target';
import { signFormToken } from './form-token';

const FORM_TOKEN_HOURS = 12;

export interface FeedbackForm {
	requestId: string;
	/** The card code when the resident came with a card; null for the personal link. */
	cardCode: string | null;
	firstName: string;
	address: 'je' | 'u';
	/** k: the worker sees answers only in groups of at least this many. */
	batchSize: number;
	/** A signed one-time token that the submit must carry back. */
	formToken: string;
	/** The organisation's own questionnaire, or null for the built-in "Vertrouwen". */
	template: FeedbackTarget['template'];
}

/**
 * What a resident needs to answer, from the personal-link token or a card code (anyone who holds
 * one may answer; nobody can read anything with it).
 */
export async function getFeedbackForm(tokenOrCode: string, db: Db, secret: string): Promise<FeedbackForm> {
	const target = await findOpenFeedbackTarget(tokenOrCode, db);
	const expires = Date.now() + FORM_TOKEN_HOURS * 3600_000;
	const nonce = randomBytes(12).toString('base64url');
	return {
		...describeTarget(target),
		formToken: signFormToken(
			{ requestId: target.request.id, cardCode: target.card?.code ?? '', expires, nonce },
			secret
		)
	};
}

/** The form's details without a new one-time token: what a submit needs to check the answers. */
function describeTarget({ request, card, template, batchSize }: FeedbackTarget): Omit<FeedbackForm, 'formToken'> {
	return {
		requestId: request.id,
		cardCode: card?.code ?? null,
		firstName: request.firstName,
		address: request.address === 'u' ? 'u' : 'je',
		batchSize,
		template
	};
}
