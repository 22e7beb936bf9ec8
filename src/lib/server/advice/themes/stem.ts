import { StemmerNl } from '@nlpjs/lang-nl';

const stemmer = new StemmerNl();
const cache = new Map<string, string>();

/** Snowball Dutch stem of a folded word ("afspraken" → "afsprak"), cached: tips repeat words a lot. */
export function stem(key: string): string {
	let result = cache.get(key);
	if (result === undefined) {
		result = stemmer.stemWord(key);
		// The cache must not grow without bound in a long-running server.
		if (cache.size > 50_000) cache.clear();
		cache.set(key, result);
	}
	return result;
}
