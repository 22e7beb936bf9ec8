import type { Db } from '../db/client';
import { isCardCodeShape, normaliseCardCode } from './codes';
import { findOpenFeedbackTarget } from './find-open-feedback-target';
import { readFormToken, type FormTokenClaims } from './form-token';
import { factsOf, findRequestFacts, type RequestFacts } from './request-facts';

/** A submitted form, checked against the link or card it came to: its request's facts and its token's claims. */
export interface Submission {
	facts: RequestFacts;
	/** Null when the form's token is not valid (any more) for this link or card: the submit is refused as expired. */
	claims: FormTokenClaims | null;
}

/**
 * Which request a submitted form is for. A form whose signed token matches the link or card in the URL
 * needs no database lookup beyond the request's unchanging facts (kept in memory); any other form is
 * looked up by its link or card, so a closed, paused, unknown or used-up one says so (FeedbackError).
 */
export async function openSubmission(
	tokenOrCode: string,
	formToken: string,
	db: Db,
	secret: string,
	now = Date.now()
): Promise<Submission> {
	const claims = readFormToken(formToken, secret, now);
	if (claims) {
		const facts = await findRequestFacts(claims.requestId, db, now);
		const forThisUrl = isCardCodeShape(tokenOrCode)
			? claims.cardCode !== '' && normaliseCardCode(tokenOrCode) === claims.cardCode
			: claims.cardCode === '' && facts?.token === tokenOrCode;
		if (facts && forThisUrl) return { facts, claims };
	}
	const target = await findOpenFeedbackTarget(tokenOrCode, db);
	return { facts: factsOf(target), claims: null };
}
