import { describe, expect, it } from 'vitest';
import { agreementLevel, computeResults, MIN_GROUP_VOTERS } from './results';

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
/** One participant's dots: "p1:t1=2,t2=1". */
const ballot = (groupKey: string, participantId: string, dots: Record<string, number>) =>
	Object.entries(dots).map(([themeId, n]) => ({ themeId, groupKey, participantId, dots: n }));

describe('advice results', () => {
	it('ranks themes by dots and measures agreement as the overlap of dot shares', () => {
		const r = computeResults(
			themes,
			[
				...ballot('inw', 'i1', { t1: 2, t2: 1 }),
				...ballot('inw', 'i2', { t1: 2, t2: 1 }),
				...ballot('inw', 'i3', { t1: 2 }),
				...ballot('sw', 's1', { t1: 1, t2: 1 }),
				...ballot('sw', 's2', { t1: 1 }),
				...ballot('sw', 's3', { t1: 1 }),
				...ballot('bel', 'b1', { t3: 2 }),
				...ballot('bel', 'b2', { t3: 1 }),
				...ballot('bel', 'b3', { t3: 1 })
			],
			groups,
			{ inw: 3, sw: 3, bel: 3 }
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
		expect(inw).toMatchObject({ voters: 3, hidden: false });
		// Residents and workers chose the same themes in the same proportions; policy makers did not.
		expect(r.agreements[0]).toEqual({ a: 'inw', b: 'sw', overlap: 1, level: 'high' });
		expect(r.agreements.filter((x) => x.a === 'bel' || x.b === 'bel').map((x) => x.overlap)).toEqual([0, 0]);
	});

	it('names levels in words and leaves groups without votes out of the comparison', () => {
		expect([0.8, 0.6, 0.45, 0.3, 0.1].map(agreementLevel)).toEqual(['high', 'high', 'some', 'some', 'low']);
		const r = computeResults(themes, ballot('inw', 'i1', { t1: 1 }), groups, { inw: 1 });
		expect(r.agreements).toEqual([]);
		expect(r.ranking.map((x) => x.dots)).toEqual([1, 0, 0]);
	});

	it(`hides a group's own figures when fewer than ${MIN_GROUP_VOTERS} of its members voted`, () => {
		// One policy maker among three residents and two workers: nothing of their own choice shows,
		// not their top themes, not their dots, not how far they agree with another group.
		const r = computeResults(
			themes,
			[
				...ballot('inw', 'i1', { t1: 2 }),
				...ballot('inw', 'i2', { t1: 1, t2: 1 }),
				...ballot('inw', 'i3', { t2: 2 }),
				...ballot('sw', 's1', { t1: 2 }),
				...ballot('sw', 's2', { t2: 2 }),
				...ballot('bel', 'b1', { t3: 2 }),
				// A participant who joined but placed no dot does not count as a voter.
				...ballot('sw', 's3', { t1: 0 })
			],
			groups,
			{ inw: 3, sw: 3, bel: 1 }
		);
		const bel = r.groups.find((g) => g.key === 'bel')!;
		expect(bel).toEqual({
			key: 'bel',
			label: 'beleidsmakers',
			participants: 1,
			voters: 1,
			hidden: true,
			dots: 0,
			shares: {},
			top: []
		});
		expect(r.groups.find((g) => g.key === 'sw')).toMatchObject({ voters: 2, hidden: true, top: [], dots: 0 });
		expect(r.groups.find((g) => g.key === 'inw')).toMatchObject({ voters: 3, hidden: false, top: ['t1', 't2'] });
		// With only one group left to compare, there is no agreement to show at all.
		expect(r.agreements).toEqual([]);
		// The overall ranking still counts every dot.
		expect(r.ranking.map((x) => [x.themeId, x.dots])).toEqual([
			['t1', 5],
			['t2', 5],
			['t3', 2]
		]);
		expect(JSON.stringify(r.groups.filter((g) => g.hidden))).not.toMatch(/t3/);
	});
});
