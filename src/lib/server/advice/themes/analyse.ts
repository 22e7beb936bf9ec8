import { isStopWord } from './stop-words';
import { matchLexicon, strongestTheme, LEXICON, type LexiconHit } from './lexicon-match';
import { tokenise, type Token } from './normalise';
import { splitCompound } from './compounds';
import { stem } from './stem';

export interface AnalysedText {
	/** Words that are not stop words. */
	content: Token[];
	hits: LexiconHit[];
	/** Index into the trust lexicon, if any lexicon word occurs. */
	lexiconTheme: number | undefined;
}

export function analyse(text: string): AnalysedText {
	const tokens = tokenise(text);
	const hits = matchLexicon(tokens);
	return { content: tokens.filter((t) => !isStopWord(t.key)), hits, lexiconTheme: strongestTheme(hits) };
}

/** Words that compounds in this session may be split into: the lexicon's and every content word typed. */
export function compoundVocabulary(texts: readonly AnalysedText[]): Set<string> {
	const vocabulary = new Set(LEXICON.words);
	for (const text of texts) for (const token of text.content) if (token.key.length >= 4) vocabulary.add(token.key);
	return vocabulary;
}

export interface Term {
	stem: string;
	/** The word as typed, to show as a keyword. */
	form: string;
}

/** Terms for similarity: the stems of content words, plus the stems of known words inside compounds. */
export function termsOf(text: AnalysedText, vocabulary: ReadonlySet<string>): Term[] {
	const terms: Term[] = [];
	for (const token of text.content) {
		terms.push({ stem: stem(token.key), form: token.form });
		for (const part of splitCompound(token.key, vocabulary)) terms.push({ stem: stem(part), form: part });
	}
	return terms;
}
