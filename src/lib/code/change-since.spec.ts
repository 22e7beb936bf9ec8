import { describe, expect, it } from 'vitest';
import { changeSinceReaction, compareArticles } from './compare';

// Issue 17: which reactions are "gewijzigd sinds je reactie" after a new version. Articles keep their id.
const art = (articleId: string, number: string, body: string) => ({ articleId, number, title: '', body });

describe('changeSinceReaction', () => {
	it('same text and number: nothing; other words: changed; other number only: moved; gone: removed', () => {
		const before = [
			art('a', '1.1', 'Een.'),
			art('b', '1.2', 'Twee.'),
			art('c', '1.3', 'Drie.'),
			art('d', '1.4', 'Vier.')
		];
		const after = [
			art('a', '1.1', 'Een.'),
			art('b', '1.2', 'Twee, anders.'),
			art('n', '1.3', 'Nieuw.'),
			art('d', '1.5', 'Vier.')
		];
		const result = Object.fromEntries(compareArticles(before, after).map((c) => [c.articleId, changeSinceReaction(c)]));
		expect(result).toEqual({ a: null, b: 'changed', c: 'removed', n: null, d: 'moved' });
	});
});
