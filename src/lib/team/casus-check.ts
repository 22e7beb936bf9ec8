// Does a casus text look like it holds a client's name or a BSN? A warning, never a refusal (as on
// the network casus form): the inbrenger knows whether "Roos Bakker" is a client or a colleague from
// another organisation. No server imports: the form and the validation share it.
import { looksLikeFullName } from '../network/full-name';
import { looksLikeBsn } from '../validation/network';

/** Words that often start a Dutch sentence: "Toen Sanne…" is a sentence, not a full name. */
const SENTENCE_STARTERS = new Set(
	(
		'ik je jij u we wij ze zij hij het de een dit dat die deze toen daarna dan maar en of want dus ook ' +
		'omdat als na bij met in op over voor tijdens gisteren vandaag morgen later eerst mijn onze ons zijn haar ' +
		'wat wie hoe waarom waar wanneer welke er hier nu nog soms vaak volgens samen'
	).split(' ')
);
const PARTICLES = new Set('van von der den de het ter ten te el al bin ben bint da di du le la'.split(' '));

/**
 * True when some run of words reads as a first name and surname ("Mohammed Karimi", "Jan van der
 * Berg"). Only words next to each other count, so capitals at the start of two sentences do not.
 */
export function mentionsFullName(text: string): boolean {
	for (const sentence of text.split(/[.!?;:\n\r()"“”]+/u)) {
		const words = sentence.split(/[\s,]+/u).filter(Boolean);
		if (words.length && SENTENCE_STARTERS.has(words[0].toLocaleLowerCase('nl'))) words.shift();
		let run: string[] = [];
		const check = () => {
			if (run.length >= 2 && looksLikeFullName(run.join(' '))) return true;
			run = [];
			return false;
		};
		for (const word of words) {
			if (/^\p{Lu}/u.test(word) || (run.length && PARTICLES.has(word))) run.push(word);
			else if (check()) return true;
		}
		if (check()) return true;
	}
	return false;
}

/** What to warn about in a casus text: a full name, a BSN, or nothing. */
export function casusWarning(text: string): 'name' | 'bsn' | null {
	if (looksLikeBsn(text)) return 'bsn';
	if (mentionsFullName(text)) return 'name';
	return null;
}
