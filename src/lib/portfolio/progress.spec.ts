import { describe, expect, it } from 'vitest';
import type { ActivityKind, RegisterRules } from './model';
import {
	computeProgress,
	defaultCategory,
	formatHours,
	lastDayBefore,
	parseHours,
	periodEnd,
	type ProgressLine
} from './progress';
import { findRegister } from './registers';

const skj = findRegister('skj-2024')!;
const sociaalWerk = findRegister('registerplein-sociaal-werk')!;

let n = 0;
const line = (
	kind: ActivityKind,
	hours: number,
	category: string,
	extra: Partial<ProgressLine> = {}
): ProgressLine => ({
	id: `l${++n}`,
	title: `${kind} ${n}`,
	kind,
	occurredOn: '2025-03-01',
	netMinutes: Math.round(hours * 60),
	category,
	accreditationId: '',
	...extra
});
const byKey = (p: ReturnType<typeof computeProgress>, key: string) => p.categories.find((c) => c.key === key)!;

describe('the SKJ register table', () => {
	it('carries the published numbers: 60 scholing, 50 reflectie, 50 vrije ruimte in five years, meetings of at least an hour', () => {
		expect(skj.periodYears).toBe(5);
		expect(skj.categories.map((c) => [c.key, c.minHours])).toEqual([
			['scholing', 60],
			['reflectie', 50],
			['vrije_ruimte', 50]
		]);
		expect(skj.totalMinHours).toBe(160);
		expect(skj.minReflectionMeetingMinutes).toBe(60);
		expect(skj.categories.filter((c) => c.surplusTo).map((c) => c.surplusTo)).toEqual(['vrije_ruimte', 'vrije_ruimte']);
	});
});

describe('computeProgress against SKJ', () => {
	it('an empty log needs everything, and says so per category', () => {
		const p = computeProgress(skj, '2024-01-01', [], '2024-01-01');
		expect(p.categories.map((c) => [c.key, c.doneMinutes, c.leftMinutes])).toEqual([
			['scholing', 0, 3600],
			['reflectie', 0, 3000],
			['vrije_ruimte', 0, 3000]
		]);
		expect(p.totalLeftMinutes).toBe(160 * 60);
		// The total adds nothing the three categories do not already say.
		expect(p.warnings.map((w) => w.kind)).toEqual(['category_short', 'category_short', 'category_short']);
		expect(p.periodEnd).toBe('2029-01-01');
		expect(p.daysLeft).toBe(1827);
	});

	it('exactly the published numbers meet every rule', () => {
		const p = computeProgress(
			skj,
			'2024-01-01',
			[line('training', 60, 'scholing'), line('intervisie', 50, 'reflectie'), line('reading', 50, 'vrije_ruimte')],
			'2026-01-01'
		);
		expect(p.warnings).toEqual([]);
		expect(p.totalDoneMinutes).toBe(160 * 60);
		expect(p.totalLeftMinutes).toBe(0);
	});

	it('hours above the scholing and reflectie minimum move to the vrije ruimte', () => {
		const p = computeProgress(
			skj,
			'2024-01-01',
			[line('training', 72, 'scholing'), line('supervisie', 58, 'reflectie'), line('reading', 30, 'vrije_ruimte')],
			'2026-01-01'
		);
		expect(byKey(p, 'scholing')).toMatchObject({
			loggedMinutes: 72 * 60,
			surplusOutMinutes: 12 * 60,
			doneMinutes: 60 * 60
		});
		expect(byKey(p, 'reflectie')).toMatchObject({ surplusOutMinutes: 8 * 60, doneMinutes: 50 * 60 });
		expect(byKey(p, 'vrije_ruimte')).toMatchObject({ surplusInMinutes: 20 * 60, doneMinutes: 50 * 60, leftMinutes: 0 });
		expect(p.warnings).toEqual([]);
		expect(p.notes).toContainEqual({ kind: 'surplus', category: 'scholing', to: 'vrije_ruimte', minutes: 12 * 60 });
	});

	it('vrije ruimte never fills scholing or reflectie (no offset in SKJ)', () => {
		const p = computeProgress(
			skj,
			'2024-01-01',
			[line('training', 50, 'scholing'), line('intervisie', 50, 'reflectie'), line('reading', 70, 'vrije_ruimte')],
			'2026-01-01'
		);
		expect(byKey(p, 'scholing').leftMinutes).toBe(600);
		expect(byKey(p, 'vrije_ruimte').doneMinutes).toBe(70 * 60);
		// 170 hours in all, yet scholing is 10 short: that is the one rule not met.
		expect(p.totalLeftMinutes).toBe(0);
		expect(p.warnings).toEqual([{ kind: 'category_short', category: 'scholing', leftMinutes: 600 }]);
	});

	it('a reflection meeting shorter than 60 minutes does not count, with a warning naming the line', () => {
		const short = line('intervisie', 0.75, 'reflectie', {
			title: 'Intervisie incidentmethode',
			occurredOn: '2025-05-14'
		});
		const hour = line('casuistiek', 1, 'reflectie');
		const p = computeProgress(skj, '2024-01-01', [short, hour], '2026-01-01');
		expect(byKey(p, 'reflectie')).toMatchObject({ loggedMinutes: 60, lineCount: 1 });
		expect(p.warnings[0]).toEqual({
			kind: 'meeting_too_short',
			lineId: short.id,
			title: 'Intervisie incidentmethode',
			occurredOn: '2025-05-14',
			netMinutes: 45,
			minMinutes: 60
		});
	});

	it('ignores lines outside the period, and counts the first and the last day', () => {
		const p = computeProgress(
			skj,
			'2024-03-01',
			[
				line('training', 10, 'scholing', { occurredOn: '2024-02-29' }),
				line('training', 2, 'scholing', { occurredOn: '2024-03-01' }),
				line('training', 3, 'scholing', { occurredOn: '2029-02-28' }),
				line('training', 10, 'scholing', { occurredOn: '2029-03-01' })
			],
			'2024-06-01'
		);
		expect(byKey(p, 'scholing').doneMinutes).toBe(5 * 60);
		expect(p.notes).toContainEqual({ kind: 'outside_period', lines: 2 });
	});

	it('counts down the days, and stops at 0 once the period is over', () => {
		expect(computeProgress(skj, '2024-01-01', [], '2028-12-31').daysLeft).toBe(1);
		expect(computeProgress(skj, '2019-01-01', [], '2026-01-01').daysLeft).toBe(0);
	});
});

describe('computeProgress against the social-work register', () => {
	it('caps overige deskundigheidsbevordering at its maximum', () => {
		const p = computeProgress(
			sociaalWerk,
			'2024-01-01',
			[line('reading', 30, 'overig'), line('other', 25, 'overig')],
			'2026-01-01'
		);
		expect(byKey(p, 'overig')).toMatchObject({ loggedMinutes: 55 * 60, cappedMinutes: 15 * 60, doneMinutes: 40 * 60 });
		expect(p.notes).toContainEqual({ kind: 'over_cap', category: 'overig', cappedMinutes: 15 * 60 });
		// Overige hours never make up for reflectie or geaccrediteerd.
		expect(byKey(p, 'reflectie').leftMinutes).toBe(40 * 60);
	});

	it('does not count a training without accreditation number as geaccrediteerd', () => {
		const course = line('training', 8, 'geaccrediteerd', { title: 'Cursus zonder nummer' });
		const p = computeProgress(
			sociaalWerk,
			'2024-01-01',
			[course, line('training', 4, 'geaccrediteerd', { accreditationId: 'PE-123' })],
			'2026-01-01'
		);
		expect(byKey(p, 'geaccrediteerd').doneMinutes).toBe(4 * 60);
		expect(p.warnings).toContainEqual(
			expect.objectContaining({ kind: 'no_accreditation', lineId: course.id, title: 'Cursus zonder nummer' })
		);
	});

	it("uses the organisation's own minimums when an admin changed them", () => {
		const own: RegisterRules = {
			...sociaalWerk,
			categories: sociaalWerk.categories.map((c) => (c.key === 'reflectie' ? { ...c, minHours: 20 } : c))
		};
		const p = computeProgress(own, '2024-01-01', [line('intervisie', 20, 'reflectie')], '2026-01-01');
		expect(byKey(p, 'reflectie').leftMinutes).toBe(0);
	});
});

describe('offset between categories (mayOffset)', () => {
	it('fills a shortfall from another category above its minimum', () => {
		const rules: RegisterRules = {
			...sociaalWerk,
			mayOffset: true,
			categories: sociaalWerk.categories.map((c) => ({ ...c, minHours: c.key === 'overig' ? 10 : 20, maxHours: null }))
		};
		const p = computeProgress(
			rules,
			'2024-01-01',
			[
				line('training', 30, 'geaccrediteerd', { accreditationId: 'X1' }),
				line('intervisie', 15, 'reflectie'),
				line('reading', 10, 'overig')
			],
			'2026-01-01'
		);
		expect(byKey(p, 'reflectie')).toMatchObject({ offsetInMinutes: 300, doneMinutes: 1200, leftMinutes: 0 });
		expect(byKey(p, 'geaccrediteerd').doneMinutes).toBe(25 * 60);
		expect(p.warnings).toEqual([]);
	});
});

describe('defaultCategory and the helpers', () => {
	it('puts a kind in the first category that takes it, a training without number outside geaccrediteerd', () => {
		expect(defaultCategory(skj, 'intervisie')).toBe('reflectie');
		expect(defaultCategory(skj, 'advice')).toBe('vrije_ruimte');
		expect(defaultCategory(sociaalWerk, 'training', 'PE-1')).toBe('geaccrediteerd');
		expect(defaultCategory(sociaalWerk, 'training', '')).toBe('overig');
	});

	it('reads Dutch hours', () => {
		expect(parseHours('1,5')).toBe(90);
		expect(parseHours('1.5')).toBe(90);
		expect(parseHours(' 2 ')).toBe(120);
		expect(parseHours('1:30')).toBe(90);
		expect(parseHours('0,25')).toBe(15);
		for (const bad of ['', 'anderhalf', '1,5 uur', '-1', '101', '1,555', '1:75'])
			expect(parseHours(bad), bad).toBeNull();
	});

	it('writes hours with a decimal comma, at most two decimals, and no thousands dot (pages and exports alike)', () => {
		expect([90, 720, 15, 1, 100, 0].map((min) => formatHours(min))).toEqual(['1,5', '12', '0,25', '0,02', '1,67', '0']);
		// More than a thousand hours: no dot that a spreadsheet would read as a decimal point.
		expect(formatHours(61_000)).toBe('1016,67');
		expect(formatHours(90, 'en')).toBe('1.5');
		// Typed back, the text gives the same minutes.
		for (const min of [90, 720, 15]) expect(parseHours(formatHours(min))).toBe(min);
	});

	it('ends a period on the same day five years later; the day before is its last', () => {
		expect(lastDayBefore('2029-03-01')).toBe('2029-02-28');
		expect(periodEnd('2024-02-29', 5)).toBe('2029-03-01');
		expect(periodEnd('2022-09-01', 5)).toBe('2027-09-01');
	});
});
