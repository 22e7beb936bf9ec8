import { describe, expect, it } from 'vitest';
import { agreementLevel, computeResults } from './results';

const themes = [
	{ id: 't1', name: 'Tijd', position: 0 },
	{ id: 't2', name: 'Afspraken', position: 1 },
	{ id: 't3', name: 'Regels', position: 2 }
];
const groups = [
	{ key: 'inw', label: 'inwoners' },
	{ key: 'sw', label: 'sociaal werkers' },
	{ key: 'bel', label: 'beleidsmakers' }
];

describe('advice results', () => {
	it('ranks themes by dots and measures agreement as the overlap of dot shares', () => {
		const r = computeResults(
			themes,
			[
				{ themeId: 't1', groupKey: 'inw', dots: 6 },
				{ themeId: 't2', groupKey: 'inw', dots: 2 },
				{ themeId: 't1', groupKey: 'sw', dots: 3 },
				{ themeId: 't2', groupKey: 'sw', dots: 1 },
				{ themeId: 't3', groupKey: 'bel', dots: 4 }
			],
			groups,
			{ inw: 3, sw: 2, bel: 2 }
		);
		expect(r.ranking.map((x) => [x.name, x.dots])).toEqual([
			['Tijd', 9],
			['Regels', 4],
			['Afspraken', 3]
		]);
		expect(r.totalDots).toBe(16);
		const inw = r.groups.find((g) => g.key === 'inw')!;
		expect(inw.top).toEqual(['t1', 't2']);
		expect(inw.shares).toEqual({ t1: 0.75, t2: 0.25 });
		// Residents and workers chose the same themes in the same proportions; policy makers did not.
		expect(r.agreements[0]).toEqual({ a: 'inw', b: 'sw', overlap: 1, level: 'high' });
		expect(r.agreements.filter((x) => x.a === 'bel' || x.b === 'bel').map((x) => x.overlap)).toEqual([0, 0]);
	});

	it('names levels in words and leaves groups without votes out of the comparison', () => {
		expect([0.8, 0.6, 0.45, 0.3, 0.1].map(agreementLevel)).toEqual(['high', 'high', 'some', 'some', 'low']);
		const r = computeResults(themes, [{ themeId: 't1', groupKey: 'inw', dots: 1 }], groups, { inw: 1 });
		expect(r.agreements).toEqual([]);
		expect(r.ranking.map((x) => x.dots)).toEqual([1, 0, 0]);
	});
});
