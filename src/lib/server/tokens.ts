import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random token with 256 bits of entropy. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a database dump does not hold usable links. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
