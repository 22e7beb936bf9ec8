import { randomBytes } from 'node:crypto';
import { sign, verifySigned } from '../signing';

export const FOLLOW_UP_HOURS = 2;

/**
 * The follow-up step's token names the request, never the response: the answer to the follow-up is
 * stored on its own. When the answer before it was dropped (a card used twice), the token is signed
 * with another key, so the page looks the same and the follow-up is dropped too.
 */
const keyFor = (secret: string, kept: boolean) => (kept ? secret : `${secret}\u0000dropped-follow-up`);

export function followUpTokenFor(requestId: string, kept: boolean, secret: string, now = new Date()): string {
	const expires = now.getTime() + FOLLOW_UP_HOURS * 3600_000;
	return sign(`${requestId}~${expires}~${randomBytes(12).toString('base64url')}`, keyFor(secret, kept));
}

export interface FollowUpClaims {
	requestId: string;
	nonce: string;
	/** False when the answer this follows was dropped: the follow-up is dropped as well. */
	kept: boolean;
}

/** The claims of an unexpired follow-up token signed by us; null otherwise. */
export function readFollowUpToken(token: string, secret: string, now = Date.now()): FollowUpClaims | null {
	for (const kept of [true, false]) {
		const payload = verifySigned(token, keyFor(secret, kept));
		if (!payload) continue;
		const [requestId, expires, nonce] = payload.split('~');
		if (!nonce || !(Number(expires) >= now)) return null;
		return { requestId, nonce, kept };
	}
	return null;
}
