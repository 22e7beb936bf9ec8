/** A word as typed (lower case, for display) and its folded form (for matching). */
export interface Token {
	form: string;
	key: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
		const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
		// Lone surrogates and out-of-range code points would throw in fromCodePoint.
		return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
	});
}

/**
 * Plain lower-case text from what a participant typed: HTML tags and entities removed, compatibility
 * characters folded (NFKC turns the ligature "ĳ" into "ij" and full-width letters into ASCII), invisible
 * format characters (zero-width joiners, bidi marks) dropped.
 */
function plainText(text: string): string {
	return decodeEntities(text.replace(/<[^>]*>/g, ' '))
		.normalize('NFKC')
		.replace(/\p{Cf}/gu, '')
		.toLowerCase();
}

/**
 * The matching form of a word: without diacritics ("privé" → "prive", "coördinator" → "coordinator"),
 * and letters typed three or more times in a row cut to two ("heeeel" → "heel"; Dutch never triples).
 */
export function foldWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

export function tokenise(text: string): Token[] {
	const words = plainText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	return words.map((form) => ({ form: form.normalize('NFC'), key: foldWord(form) }));
}
