import { describe, expect, it } from 'vitest';
import { buildDossier, periodStartEndingOn, totalShortMinutes } from './dossier';
import type { ActivityKind } from './model';
import { findRegister } from './registers';

// What counts is progress.spec.ts's business; here only what the dossier adds: the register's order,
// lines in the category the engine counts them in, the period's edges and the not-counted marks.

const line = (id: string, category: string, kind: ActivityKind, hours: number, occurredOn = '2025-01-01') => ({
	id,
	title: id,
	category,
	kind,
	occurredOn,
	netMinutes: hours * 60,
	accreditationId: ''
});

describe('the dossier of a period', () => {
	it("orders lines by the register's categories, then by date, and marks what does not count", () => {
		const skj = findRegister('skj-2024')!;
		const d = buildDossier(
			skj,
			{ from: '2025-01-01', to: '2029-12-31' },
			[
				line('r2', 'reflectie', 'intervisie', 55, '2025-03-01'),
				line('r1', 'reflectie', 'supervisie', 0.5, '2025-02-01'),
				line('v1', 'vrije_ruimte', 'reading', 20),
				line('s1', 'scholing', 'training', 70)
			],
			'2025-06-01'
		);
		expect(d.sections.map((s) => [s.category.key, s.lines.map((l) => l.activity.id)])).toEqual([
			['scholing', ['s1']],
			['reflectie', ['r1', 'r2']],
			['vrije_ruimte', ['v1']]
		]);
		expect(d.sections[1].lines.map((l) => l.notCounted)).toEqual(['too_short', null]);
		expect(d.sections[1].loggedMinutes).toBe(55.5 * 60);
	});

	it("puts a line of another register's category where the engine counts it, and leaves out what is outside the period", () => {
		const rp = findRegister('registerplein-sociaal-werk')!;
		const d = buildDossier(
			rp,
			{ from: '2025-01-01', to: '2025-12-31' },
			[line('x', 'scholing', 'reading', 3), line('late', 'overig', 'reading', 2, '2026-01-01')],
			'2025-06-01'
		);
		const withX = d.sections.find((s) => s.lines.some((l) => l.activity.id === 'x'))!;
		expect(withX.category.lineCount).toBe(1);
		expect(d.sections.flatMap((s) => s.lines).map((l) => l.activity.id)).toEqual(['x']);
		expect(d.progress.periodEnd).toBe('2026-01-01');
		expect(totalShortMinutes(d.progress)).toBe(
			Math.max(
				d.progress.totalLeftMinutes,
				d.progress.categories.reduce((s, c) => s + c.leftMinutes, 0)
			)
		);
	});

	it('knows where a period of some years up to today starts', () => {
		expect(periodStartEndingOn('2026-12-05', 5)).toBe('2021-12-06');
	});
});
