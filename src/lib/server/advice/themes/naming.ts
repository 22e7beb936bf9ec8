import type { Term } from './analyse';
import type { LexiconHit } from './lexicon-match';

const KEYWORDS = 5;

function countInto(counts: Map<string, number>, key: string) {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

function byCountThenText(counts: Map<string, number>): string[] {
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).map(([key]) => key);
}

/** "1x", "17u" and "ff" say nothing as a theme name or keyword. */
const isNameable = (stem: string) => stem.length >= 3 && !/^\p{N}/u.test(stem);

/**
 * The words that set a group of tips apart: a stem scores by the number of tips in the group that
 * use it times its IDF over the session (words everyone uses say little). Each stem is shown in the
 * form participants typed most often.
 */
export function characteristicWords(termsPerTip: readonly Term[][], idf: (stem: string) => number): string[] {
	const tipsWith = new Map<string, number>();
	const forms = new Map<string, Map<string, number>>();
	for (const terms of termsPerTip) {
		for (const stem of new Set(terms.map((t) => t.stem))) countInto(tipsWith, stem);
		for (const { stem, form } of terms) {
			if (!forms.has(stem)) forms.set(stem, new Map());
			countInto(forms.get(stem)!, form);
		}
	}
	return [...tipsWith]
		.filter(([stem]) => isNameable(stem))
		.map(([stem, count]) => ({ stem, score: count * idf(stem) }))
		.sort((a, b) => b.score - a.score || a.stem.localeCompare(b.stem, 'nl'))
		.map(({ stem }) => byCountThenText(forms.get(stem)!)[0]);
}

/** Lexicon words that hit for the group's theme first (most frequent first), then its characteristic words. */
export function themeKeywords(
	hitsPerTip: readonly LexiconHit[][],
	theme: number | undefined,
	characteristic: string[]
) {
	const hitForms = new Map<string, number>();
	for (const hits of hitsPerTip) for (const hit of hits) if (hit.theme === theme) countInto(hitForms, hit.form);
	const lexiconWords = byCountThenText(hitForms);
	// "tijd" says nothing new next to the phrase "neem de tijd".
	const inPhrase = new Set(lexiconWords.flatMap((form) => (form.includes(' ') ? form.split(' ') : [])));
	const rest = characteristic.filter((word) => !inPhrase.has(word));
	return [...new Set([...lexiconWords, ...rest])].slice(0, KEYWORDS);
}

export function capitalise(word: string): string {
	return word.charAt(0).toLocaleUpperCase('nl') + word.slice(1);
}
