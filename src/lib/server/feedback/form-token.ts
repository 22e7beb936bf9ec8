import { sign, verifySigned } from '../signing';

/** What a form's token says, once its signature is checked: for which request and card, until when, and its one-time nonce. */
export interface FormTokenClaims {
	requestId: string;
	/** The card code, or '' for the personal link. */
	cardCode: string;
	expires: number;
	nonce: string;
}

/** A form's token: its claims, signed with the app's secret. */
export function signFormToken(claims: FormTokenClaims, secret: string): string {
	return sign(`${claims.requestId}~${claims.cardCode}~${claims.expires}~${claims.nonce}`, secret);
}

/** The claims of a form token that is signed by us and not expired; null otherwise. */
export function readFormToken(formToken: string, secret: string, now = Date.now()): FormTokenClaims | null {
	const payload = verifySigned(formToken, secret);
	if (!payload) return null;
	const [requestId, cardCode, expires, nonce] = payload.split('~');
	if (!nonce || !(Number(expires) >= now)) return null;
	return { requestId, cardCode, expires: Number(expires), nonce };
}
