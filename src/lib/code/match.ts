// Stable article ids across versions of a code (issue 17): an article of a new version keeps the id of
// the previous version's article with the same number; the rest are matched by text similarity. The
// report says how each article was matched; an editor confirms each match by text (or says it is a new
// article) before the version can be published (confirm-article-match.ts, publish-blockers.ts).

export interface MatchableArticle {
	number: string;
	title: string;
	body: string;
}

type MatchKind = 'number' | 'similarity' | 'new';

interface ArticleMatch {
	number: string;
	kind: MatchKind;
	/** The previous version's article number this one was matched to (null when new). */
	previousNumber: string | null;
	/** Similarity 0..1 for a match by text (1 for a match by number with the same text). */
	similarity: number;
	/** For a match by text: the editor's answer, "the same article" or "a new article" (unset until then). */
	confirmed?: 'same' | 'new';
}

export interface MatchReport {
	matches: ArticleMatch[];
	/** Numbers of the previous version's articles that no new article matched. */
	removed: string[];
}

/** The least similarity for a match by text. */
const SIMILARITY_THRESHOLD = 0.5;

function words(a: MatchableArticle): Set<string> {
	return new Set(
		`${a.title} ${a.body}`
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length > 2)
	);
}

/** Dice coefficient of the two texts' word sets. */
export function similarity(a: MatchableArticle, b: MatchableArticle): number {
	const x = words(a);
	const y = words(b);
	if (x.size + y.size === 0) return 1;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return (2 * shared) / (x.size + y.size);
}

export function matchArticles(previous: MatchableArticle[], next: MatchableArticle[]): MatchReport {
	const byNumber = new Map(previous.map((p) => [p.number, p]));
	const used = new Set<string>();
	const result: (ArticleMatch | null)[] = next.map((a) => {
		const same = byNumber.get(a.number);
		if (!same) return null;
		used.add(same.number);
		return { number: a.number, kind: 'number', previousNumber: same.number, similarity: similarity(a, same) };
	});
	// Greedy by best score among the articles left on both sides.
	const pairs: { i: number; prev: MatchableArticle; score: number }[] = [];
	next.forEach((a, i) => {
		if (result[i]) return;
		for (const p of previous) {
			if (used.has(p.number)) continue;
			const score = similarity(a, p);
			if (score >= SIMILARITY_THRESHOLD) pairs.push({ i, prev: p, score });
		}
	});
	pairs.sort((l, r) => r.score - l.score);
	for (const { i, prev, score } of pairs) {
		if (result[i] || used.has(prev.number)) continue;
		used.add(prev.number);
		result[i] = { number: next[i].number, kind: 'similarity', previousNumber: prev.number, similarity: score };
	}
	return {
		matches: result.map(
			(r, i) => r ?? { number: next[i].number, kind: 'new' as const, previousNumber: null, similarity: 0 }
		),
		removed: previous.filter((p) => !used.has(p.number)).map((p) => p.number)
	};
}
