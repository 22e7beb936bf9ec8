import { foldWord, tokenise, type Token } from './normalise';
import { TRUST_LEXICON, type LexiconTheme } from './lexicon';
import { stem } from './stem';
import { splitCompound } from './compounds';
import { TypoIndex } from './typos';

export interface LexiconHit {
	theme: number;
	/** What the participant typed, for the theme's keywords. */
	form: string;
	/** Position of the first word of the hit in the tip. */
	position: number;
	weight: number;
}

interface CompiledLexicon {
	themes: readonly LexiconTheme[];
	byStem: Map<string, number[]>;
	prefixes: { prefix: string; theme: number }[];
	phrases: { stems: string[]; theme: number }[];
	/** Folded lexicon words, for compound splitting. */
	words: Set<string>;
}

const PHRASE_WEIGHT = 2;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

function compile(themes: readonly LexiconTheme[]): CompiledLexicon {
	const compiled: CompiledLexicon = { themes, byStem: new Map(), prefixes: [], phrases: [], words: new Set() };
	themes.forEach((theme, index) => {
		for (const word of theme.words) {
			const key = foldWord(word.toLowerCase());
			if (key.endsWith('*')) compiled.prefixes.push({ prefix: key.slice(0, -1), theme: index });
			else {
				addTo(compiled.byStem, stem(key), index);
				compiled.words.add(key);
			}
		}
		for (const phrase of theme.phrases ?? []) {
			compiled.phrases.push({ stems: tokenise(phrase).map((t) => stem(t.key)), theme: index });
		}
	});
	// Longest phrase first, so "doen wat je zegt" wins over a shorter phrase at the same place.
	compiled.phrases.sort((a, b) => b.stems.length - a.stems.length);
	return compiled;
}

export const LEXICON = compile(TRUST_LEXICON);
const TYPOS = new TypoIndex(LEXICON.words);

function phraseAt(stems: string[], position: number) {
	return LEXICON.phrases.find((p) => p.stems.every((s, i) => stems[position + i] === s));
}

/**
 * Lexicon hits in a tip. A phrase consumes its words; a word that is not in the lexicon itself may
 * still hit through the known words inside it (compound splitting) or as a lexicon word with one
 * typing slip.
 */
export function matchLexicon(tokens: Token[]): LexiconHit[] {
	const stems = tokens.map((t) => stem(t.key));
	const hits: LexiconHit[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const phrase = phraseAt(stems, i);
		if (phrase) {
			const form = tokens
				.slice(i, i + phrase.stems.length)
				.map((t) => t.form)
				.join(' ');
			hits.push({ theme: phrase.theme, form, position: i, weight: PHRASE_WEIGHT });
			i += phrase.stems.length - 1;
			continue;
		}
		const { key, form } = tokens[i];
		let themes =
			LEXICON.byStem.get(stems[i]) ?? LEXICON.prefixes.filter((p) => key.startsWith(p.prefix)).map((p) => p.theme);
		if (themes.length === 0) {
			themes = splitCompound(key, LEXICON.words).flatMap((part) => LEXICON.byStem.get(stem(part)) ?? []);
		}
		if (themes.length === 0) {
			const corrected = TYPOS.correct(key);
			if (corrected) themes = LEXICON.byStem.get(stem(corrected)) ?? [];
		}
		for (const theme of new Set(themes)) hits.push({ theme, form, position: i, weight: 1 });
	}
	return hits;
}

/** The theme with the most weight; on a tie the one mentioned first, since people lead with their point. */
export function strongestTheme(hits: LexiconHit[]): number | undefined {
	const weight = new Map<number, number>();
	const first = new Map<number, number>();
	for (const hit of hits) {
		weight.set(hit.theme, (weight.get(hit.theme) ?? 0) + hit.weight);
		if (!first.has(hit.theme)) first.set(hit.theme, hit.position);
	}
	let best: number | undefined;
	for (const [theme, w] of weight) {
		if (
			best === undefined ||
			w > weight.get(best)! ||
			(w === weight.get(best)! && first.get(theme)! < first.get(best)!)
		)
			best = theme;
	}
	return best;
}
