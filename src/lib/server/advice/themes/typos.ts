/**
 * Whether two words differ by at most one typing slip: a letter added, left out, changed, or two
 * neighbouring letters swapped ("afpsraak", "luistren"). Linear time, so it can run against the
 * whole lexicon for every unknown word.
 */
export function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	if (start === a.length && start === b.length) return true;
	let endA = a.length - 1;
	let endB = b.length - 1;
	while (endA >= start && endB >= start && a[endA] === b[endB]) {
		endA--;
		endB--;
	}
	const differenceA = endA - start + 1;
	const differenceB = endB - start + 1;
	if (differenceA <= 1 && differenceB <= 1) return true;
	return differenceA === 2 && differenceB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

const MIN_LENGTH = 6;

/** Known words of similar length, so a misspelt word is compared only with plausible targets. */
export class TypoIndex {
	private readonly byLength = new Map<number, string[]>();

	constructor(words: Iterable<string>) {
		for (const word of words) {
			if (word.length < MIN_LENGTH) continue;
			if (!this.byLength.has(word.length)) this.byLength.set(word.length, []);
			this.byLength.get(word.length)!.push(word);
		}
		for (const list of this.byLength.values()) list.sort();
	}

	/** The first known word (in sorted order) one slip away, for words long enough that a slip is not another word. */
	correct(word: string): string | undefined {
		if (word.length < MIN_LENGTH) return undefined;
		for (const length of [word.length, word.length - 1, word.length + 1]) {
			const match = this.byLength.get(length)?.find((known) => withinOneEdit(word, known));
			if (match) return match;
		}
		return undefined;
	}
}
