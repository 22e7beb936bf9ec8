import { StemmerNl } from '@nlpjs/lang-nl';

const stemmer = new StemmerNl();
const cache = new Map<string, string>();

/**
 * Inflections the Snowball Dutch stemmer leaves apart, while tips use them all the time: diminutives
 * ("regeltjes", "mailtje", "tijdje"), plurals in -s after a vowel ("beloftes"), past participles
 * ("gehoord", "gebeld", "gehaast") and the -t of the present tense ("luistert", "belt"). The same rules run on
 * the lexicon's words, so a rule that cuts a word wrongly still cuts both sides the same way.
 */
function lemma(key: string): string {
	let word = key.replace(/^(.{3,})jes?$/, '$1');
	if (word.length >= 6 && /[^aeiou]es$/.test(word)) word = word.slice(0, -1);
	if (word.length >= 6 && /^ge.+[dt]$/.test(word)) word = word.slice(2, word.endsWith('d') ? -1 : undefined);
	// Not after s, h or t: there the t belongs to the verb ("haast", "wacht", "zet").
	if (word.length >= 4 && /[^sht]t$/.test(word)) word = word.slice(0, -1);
	return word;
}

/** Stem of a folded word ("afspraken" → "afsprak", "belt" and "bellen" → "bel"), cached: tips repeat words a lot. */
export function stem(key: string): string {
	let result = cache.get(key);
	if (result === undefined) {
		// Snowball undoubles only -kk, -dd and -tt; "bellen" would stay "bell" apart from "bel".
		result = stemmer.stemWord(lemma(key)).replace(/([^aeiou])\1$/, '$1');
		// The cache must not grow without bound in a long-running server.
		if (cache.size > 50_000) cache.clear();
		cache.set(key, result);
	}
	return result;
}
