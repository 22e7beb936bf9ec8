import { describe, expect, it } from 'vitest';
import { FEW_ANSWERS, findAlerts, quarterStats } from './mirror-stats';

// Counts as countScores returns them: per quarter, per score of one dimension ("respect").
const counts = (y: number, q: number, scores: number[]) => ({
	y,
	q,
	n: scores.length,
	...Object.fromEntries([1, 2, 3, 4, 5].map((v) => [`respect_${v}`, scores.filter((s) => s === v).length])),
	respect_x: 0
});

describe('alerts between two quarters', () => {
	it('point out a change of 0.5 or more, with the numbers of answers on both sides', () => {
		const quarters = quarterStats([counts(2026, 3, [5, 5, 4]), counts(2026, 4, [4, 4, 4, 3, 4, 4, 3])], ['respect'], 3);
		expect(findAlerts(quarters, ['respect'])).toEqual([
			{
				dimension: 'respect',
				from: 4.7,
				to: 3.7,
				quarter: '2026-Q4',
				direction: 'down',
				fromN: 3,
				toN: 7,
				fewAnswers: true
			}
		]);
	});

	it(`caution only while a side has fewer than ${FEW_ANSWERS} answers`, () => {
		const many = (score: number, n: number) => Array.from({ length: n }, () => score);
		const quarters = quarterStats(
			[counts(2026, 1, many(5, FEW_ANSWERS)), counts(2026, 2, many(4, FEW_ANSWERS + 2))],
			['respect'],
			3
		);
		expect(findAlerts(quarters, ['respect'])[0]).toMatchObject({ fromN: 10, toN: 12, fewAnswers: false });
		const fewer = quarterStats(
			[counts(2026, 1, many(5, FEW_ANSWERS - 1)), counts(2026, 2, many(4, 40))],
			['respect'],
			3
		);
		expect(findAlerts(fewer, ['respect'])[0]).toMatchObject({ fewAnswers: true });
	});

	it('no alert without the quarter right before, or with too few scores for a mean', () => {
		expect(
			findAlerts(quarterStats([counts(2026, 1, [5, 5, 5]), counts(2026, 3, [1, 1, 1])], ['respect'], 3), ['respect'])
		).toEqual([]);
		expect(
			findAlerts(quarterStats([counts(2026, 1, [5, 5, 5]), counts(2026, 2, [1, 1])], ['respect'], 3), ['respect'])
		).toEqual([]);
	});
});
