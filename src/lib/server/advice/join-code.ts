import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET } from '../code-alphabet';

/** A join code like "KT7M3Q": six unambiguous characters (~28 bits), unique over all organisations. */
export function newJoinCode(): string {
	return [...randomBytes(6)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export function normaliseJoinCode(input: string): string | null {
	const cleaned = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-–—_.]/gu, '');
	if (cleaned.length !== 6 || [...cleaned].some((c) => !CODE_ALPHABET.includes(c))) return null;
	return cleaned;
}
