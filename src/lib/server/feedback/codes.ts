import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET } from '../code-alphabet';

/** A card code like "K7QD-MX3A": 8 letters/digits, ~37 bits. */
export function newCardCode(): string {
	const bytes = randomBytes(8);
	const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
	return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Accepts what people type: lower case, spaces, missing or extra dashes, O for 0 and so on. */
export function normaliseCardCode(input: string): string | null {
	const cleaned = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-–—_.]/gu, '');
	if (!/^[A-Z0-9]{8}$/u.test(cleaned)) return null;
	if ([...cleaned].some((c) => !CODE_ALPHABET.includes(c))) return null;
	return `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}

export const isCardCodeShape = (value: string) => /^[A-Z0-9]{4}-[A-Z0-9]{4}$/u.test(value);
