import { createHmac, timingSafeEqual } from 'node:crypto';

/** A short, URL-safe signed value: `payload.signature`. Used for stateless one-time form tokens. */
export function sign(payload: string, secret: string): string {
	const mac = createHmac('sha256', secret).update(payload).digest('base64url');
	return `${payload}.${mac}`;
}

/** The payload when the signature is right, else null. */
export function verifySigned(value: string, secret: string): string | null {
	const i = value.lastIndexOf('.');
	if (i <= 0) return null;
	const payload = value.slice(0, i);
	const expected = Buffer.from(sign(payload, secret).slice(i + 1));
	const given = Buffer.from(value.slice(i + 1));
	return expected.length === given.length && timingSafeEqual(expected, given) ? payload : null;
}
