import { diffWords, type DiffPart } from '../text/word-diff';

export interface ComparableArticle {
	/** The stable id across versions (code_article.article_id). */
	articleId: string;
	number: string;
	title: string;
	body: string;
}

export type ArticleChange = 'same' | 'changed' | 'added' | 'removed';

export interface ArticleComparison {
	articleId: string;
	/** The number in the newer version (in the older one for a removed article). */
	number: string;
	/** The number in the older version when it was another (renumbered), null otherwise. */
	previousNumber: string | null;
	change: ArticleChange;
	title: DiffPart[];
	body: DiffPart[];
}

const whole = (op: DiffPart['op'], text: string): DiffPart[] => (text ? [{ op, text }] : []);

/**
 * Two versions of a code, article by article (pure). Articles are matched on their stable id, never on
 * their number, so a renumbered article is compared with itself and says what it was. The result is in
 * the newer version's order; an article only in the older one comes after the article it followed.
 */
export function compareArticles(before: ComparableArticle[], after: ComparableArticle[]): ArticleComparison[] {
	const old = new Map(before.map((a) => [a.articleId, a]));
	const now = new Set(after.map((a) => a.articleId));
	const out: ArticleComparison[] = [];
	const removedAfter = new Map<string | null, ComparableArticle[]>();
	let lastKept: string | null = null;
	for (const a of before) {
		if (now.has(a.articleId)) lastKept = a.articleId;
		else removedAfter.set(lastKept, [...(removedAfter.get(lastKept) ?? []), a]);
	}
	const pushRemoved = (key: string | null) => {
		for (const r of removedAfter.get(key) ?? [])
			out.push({
				articleId: r.articleId,
				number: r.number,
				previousNumber: null,
				change: 'removed',
				title: whole('del', r.title),
				body: whole('del', r.body)
			});
	};
	pushRemoved(null);
	for (const a of after) {
		const o = old.get(a.articleId);
		if (!o) {
			out.push({
				articleId: a.articleId,
				number: a.number,
				previousNumber: null,
				change: 'added',
				title: whole('ins', a.title),
				body: whole('ins', a.body)
			});
			continue;
		}
		const same = o.title === a.title && o.body === a.body;
		out.push({
			articleId: a.articleId,
			number: a.number,
			previousNumber: o.number === a.number ? null : o.number,
			change: same ? 'same' : 'changed',
			title: same ? whole('same', a.title) : diffWords(o.title, a.title),
			body: same ? whole('same', a.body) : diffWords(o.body, a.body)
		});
		pushRemoved(a.articleId);
	}
	return out;
}

/**
 * What a reaction on this article should be told after a newer version (issue 17, "gewijzigd sinds je
 * reactie"): null when the article is the same under the same number; an added article had no reaction.
 */
export function changeSinceReaction(c: ArticleComparison): 'changed' | 'moved' | 'removed' | null {
	if (c.change === 'removed') return 'removed';
	if (c.change === 'changed') return 'changed';
	return c.change === 'same' && c.previousNumber ? 'moved' : null;
}
