import { describe, expect, it } from 'vitest';
import { matchArticles, similarity } from './match';

const a = (number: string, body: string, title = '') => ({ number, title, body });

describe('matchArticles', () => {
	it('keeps articles with the same number, even when their text changed', () => {
		const report = matchArticles(
			[a('1', 'Je luistert goed.')],
			[a('1', 'Je luistert altijd heel goed naar inwoners.')]
		);
		expect(report.matches).toEqual([expect.objectContaining({ number: '1', kind: 'number', previousNumber: '1' })]);
		expect(report.removed).toEqual([]);
	});

	it('matches by number first, and reports new and removed ones', () => {
		const before = [
			a('1', 'Je behandelt iedere inwoner als gelijkwaardige zonder onderscheid.'),
			a('2', 'Wat een inwoner je vertelt blijft tussen jullie tenzij de wet het vraagt.'),
			a('3', 'Je komt afspraken na en meldt het op tijd als dat niet lukt.')
		];
		const after = [
			a('1', 'Je behandelt iedere inwoner als gelijkwaardige zonder onderscheid.'),
			a('2', 'Je zorgt goed voor jezelf zodat je er kunt zijn voor een ander.'),
			a('4', 'Wat een inwoner je vertelt blijft tussen jullie, tenzij de wet het echt vraagt.')
		];
		const report = matchArticles(before, after);
		expect(report.matches.map((m) => [m.number, m.kind, m.previousNumber])).toEqual([
			['1', 'number', '1'],
			['2', 'number', '2'],
			// Number first (the new 2 is about something else, but keeps the id): the editor's confirm
			// step for such cases is still to come. So the old 2's text, now 4, counts as new.
			['4', 'new', null]
		]);
		expect(report.removed).toEqual(['3']);
	});

	it('matches moved articles by text when their number is free', () => {
		const before = [
			a('3.2', 'Je stopt niet met helpen omdat het lastig wordt en zorgt voor overdracht.'),
			a('3.3', 'Netwerk van familie buren en vrienden versterken.')
		];
		const after = [
			a('3.1', 'Netwerk van familie, buren en vrienden samen versterken.'),
			a('3.9', 'Je stopt niet met helpen omdat het lastig wordt; je zorgt voor een goede overdracht.')
		];
		const report = matchArticles(before, after);
		expect(report.matches.map((m) => [m.number, m.kind, m.previousNumber])).toEqual([
			['3.1', 'similarity', '3.3'],
			['3.9', 'similarity', '3.2']
		]);
		expect(report.removed).toEqual([]);
	});

	it('does not match texts that only share a few words', () => {
		expect(
			similarity(a('1', 'Je luistert naar de inwoner.'), a('2', 'Je schrijft alleen op wat nodig is.'))
		).toBeLessThan(0.5);
		const report = matchArticles(
			[a('1', 'Je luistert naar de inwoner en vraagt door.')],
			[a('2', 'Geschenken neem je niet aan.')]
		);
		expect(report.matches[0].kind).toBe('new');
		expect(report.removed).toEqual(['1']);
	});
});
