import { analyse, compoundVocabulary, termsOf, type AnalysedText, type Term } from './themes/analyse';
import { agglomerate } from './themes/cluster';
import { TRUST_LEXICON } from './themes/lexicon';
import { capitalise, characteristicWords, themeKeywords } from './themes/naming';
import { TfIdf, centroid, cosine, type Vector } from './themes/vectors';

export interface TipInput {
	id: string;
	text: string;
}
/** The facilitator's own earlier groupings (this or previous sessions). */
export interface EarlierTheme {
	name: string;
	texts: string[];
}
/** name: short Dutch theme name, e.g. "Tijd en aandacht". */
interface SuggestedTheme {
	name: string;
	tipIds: string[];
	keywords: string[];
}
/** unassigned: ids of tips that fit nowhere. */
export interface ThemeSuggestion {
	themes: SuggestedTheme[];
	unassigned: string[];
}

const DEFAULT_MAX_THEMES = 12;
/** A tip this similar to one of an earlier theme's texts is nearly the same tip again: it follows the facilitator. */
const EARLIER_NEAR = 0.5;
/** A tip that no lexicon word places joins the theme whose tips (or earlier texts) it resembles this much. */
const ATTACH = 0.3;
/** Tips that are left cluster while two groups are at least this similar (average cosine). */
const CLUSTER = 0.25;

interface Bucket {
	name: string;
	lexiconTheme: number | undefined;
	tips: number[];
	/** TF-IDF vectors of the earlier texts this bucket came from. */
	earlier: Vector[];
}

const bucketKey = (name: string) => name.trim().toLocaleLowerCase('nl');

/**
 * The earlier theme that a lexicon theme stands for: the one where most texts fall under that lexicon
 * theme, if they are at least half of its texts. Then "Tijd en aandacht" tips are put under the
 * facilitator's own "Neem de tijd" instead of beside it.
 */
function earlierNameFor(lexiconTheme: number, earlier: readonly EarlierTheme[], texts: AnalysedText[][]) {
	let best: { name: string; count: number } | undefined;
	earlier.forEach((theme, i) => {
		const count = texts[i].filter((t) => t.lexiconTheme === lexiconTheme).length;
		if (count > 0 && count * 2 >= texts[i].length && (!best || count > best.count)) best = { name: theme.name, count };
	});
	return best?.name;
}

function mostSimilar<T>(vector: Vector, candidates: readonly T[], similarity: (v: Vector, c: T) => number) {
	let best: { index: number; similarity: number } | undefined;
	candidates.forEach((candidate, index) => {
		const s = similarity(vector, candidate);
		if (!best || s > best.similarity) best = { index, similarity: s };
	});
	return best;
}

/**
 * Suggests a grouping of Dutch tips into themes, for the facilitator to accept, change or ignore.
 * In order: a tip nearly repeating an earlier grouped text goes to that earlier theme; a tip with
 * words from the trust lexicon goes to that lexicon theme (under the facilitator's earlier name if
 * they used one for it); a tip resembling an existing theme joins it; the rest are clustered and
 * named after their most characteristic word. Tips that fit nowhere are left unassigned.
 * Pure and deterministic: same input, same output.
 */
export function suggestThemes(
	tips: TipInput[],
	options: { earlier?: EarlierTheme[]; maxThemes?: number } = {}
): ThemeSuggestion {
	const requested = options.maxThemes ?? DEFAULT_MAX_THEMES;
	const maxThemes = Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : DEFAULT_MAX_THEMES;
	const earlier = (options.earlier ?? []).filter((theme) => theme.name.trim() !== '');

	const tipTexts = tips.map((tip) => analyse(tip.text));
	const earlierTexts = earlier.map((theme) => theme.texts.map(analyse));
	const vocabulary = compoundVocabulary([...tipTexts, ...earlierTexts.flat()]);
	const tipTerms = tipTexts.map((text) => termsOf(text, vocabulary));
	const earlierTerms = earlierTexts.map((texts) => texts.map((text) => termsOf(text, vocabulary)));
	const stems = (terms: Term[]) => terms.map((t) => t.stem);
	const tfidf = new TfIdf([...tipTerms, ...earlierTerms.flat()].map(stems));
	const tipVectors = tipTerms.map((terms) => tfidf.vector(stems(terms)));

	const buckets = new Map<string, Bucket>();
	const bucket = (name: string, lexiconTheme?: number) => {
		const key = bucketKey(name);
		if (!buckets.has(key)) buckets.set(key, { name: name.trim(), lexiconTheme, tips: [], earlier: [] });
		const found = buckets.get(key)!;
		found.lexiconTheme ??= lexiconTheme;
		return found;
	};
	earlier.forEach((theme, i) => bucket(theme.name).earlier.push(...earlierTerms[i].map((t) => tfidf.vector(stems(t)))));
	const earlierBuckets = [...buckets.values()];
	const lexiconNames = TRUST_LEXICON.map((theme, i) => earlierNameFor(i, earlier, earlierTexts) ?? theme.name);

	const assigned: (Bucket | undefined)[] = tips.map((_, i) => {
		const near = mostSimilar(tipVectors[i], earlierBuckets, (v, b) =>
			b.earlier.reduce((max, e) => Math.max(max, cosine(v, e)), 0)
		);
		if (near && near.similarity >= EARLIER_NEAR) return earlierBuckets[near.index];
		const theme = tipTexts[i].lexiconTheme;
		return theme === undefined ? undefined : bucket(lexiconNames[theme], theme);
	});
	assigned.forEach((b, i) => b?.tips.push(i));

	// Centroids are taken once, before attaching, so one attached tip does not pull the next ones along.
	const targets = [...buckets.values()];
	const centroids = targets.map((b) => centroid([...b.tips.map((i) => tipVectors[i]), ...b.earlier]));
	const rest: number[] = [];
	tips.forEach((_, i) => {
		if (assigned[i] || tipVectors[i].size === 0) return;
		const near = mostSimilar(tipVectors[i], centroids, cosine);
		if (near && near.similarity >= ATTACH) targets[near.index].tips.push(i);
		else rest.push(i);
	});

	for (const cluster of agglomerate(
		rest.map((i) => tipVectors[i]),
		{ threshold: CLUSTER }
	)) {
		if (cluster.length < 2) continue;
		const members = cluster.map((c) => rest[c]);
		const word = characteristicWords(
			members.map((i) => tipTerms[i]),
			(s) => tfidf.idf(s)
		)[0];
		let name = capitalise(word);
		for (let n = 2; buckets.has(bucketKey(name)); n++) name = `${capitalise(word)} (${n})`;
		bucket(name).tips.push(...members);
	}

	const ranked = [...buckets.values()]
		.filter((b) => b.tips.length > 0)
		.map((b) => ({ ...b, tips: [...b.tips].sort((x, y) => x - y) }))
		.sort((a, b) => b.tips.length - a.tips.length || a.tips[0] - b.tips[0])
		.slice(0, maxThemes);
	const placed = new Set(ranked.flatMap((b) => b.tips));
	return {
		themes: ranked.map((b) => ({
			name: b.name,
			tipIds: b.tips.map((i) => tips[i].id),
			keywords: themeKeywords(
				b.tips.map((i) => tipTexts[i].hits),
				b.lexiconTheme,
				characteristicWords(
					b.tips.map((i) => tipTerms[i]),
					(s) => tfidf.idf(s)
				)
			)
		})),
		unassigned: tips.filter((_, i) => !placed.has(i)).map((tip) => tip.id)
	};
}
