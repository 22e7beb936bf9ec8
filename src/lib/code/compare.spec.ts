import { describe, expect, it } from 'vitest';
import { compareArticles, type ComparableArticle } from './compare';

const art = (articleId: string, number: string, body: string, title = ''): ComparableArticle => ({
	articleId,
	number,
	title,
	body
});

describe('compareArticles', () => {
	it('matches on the stable id, so a renumbered article says what it was and shows its own changes', () => {
		const result = compareArticles(
			[art('a', '1.1', 'Je luistert.'), art('b', '1.2', 'Je bent eerlijk over wat je doet.')],
			[art('b', '1.1', 'Je bent altijd eerlijk over wat je doet.'), art('a', '1.2', 'Je luistert.')]
		);
		expect(result.map((r) => [r.number, r.previousNumber, r.change])).toEqual([
			['1.1', '1.2', 'changed'],
			['1.2', '1.1', 'same']
		]);
		expect(result[0].body).toEqual([
			{ op: 'same', text: 'Je bent ' },
			{ op: 'ins', text: 'altijd ' },
			{ op: 'same', text: 'eerlijk over wat je doet.' }
		]);
	});

	it('shows a new article as added and a removed one where it stood', () => {
		const result = compareArticles(
			[art('a', '1', 'Een.'), art('x', '2', 'Weg.'), art('c', '3', 'Drie.')],
			[art('a', '1', 'Een.'), art('c', '3', 'Drie.'), art('n', '4', 'Nieuw.', 'Titel')]
		);
		expect(result.map((r) => [r.number, r.change])).toEqual([
			['1', 'same'],
			['2', 'removed'],
			['3', 'same'],
			['4', 'added']
		]);
		expect(result[1].body).toEqual([{ op: 'del', text: 'Weg.' }]);
		expect(result[3].title).toEqual([{ op: 'ins', text: 'Titel' }]);
	});

	it('a removed first article comes first', () => {
		const result = compareArticles([art('x', '1', 'Weg.'), art('a', '2', 'Blijft.')], [art('a', '2', 'Blijft.')]);
		expect(result.map((r) => r.change)).toEqual(['removed', 'same']);
	});
});
