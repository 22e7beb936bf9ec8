import { describe, expect, it } from 'vitest';
import { buildDossier, periodEnd, periodStartEndingOn } from './dossier';
import { findRegister } from './registers';

const line = (
	id: string,
	category: string,
	kind: string,
	hours: number,
	occurredOn = '2025-01-01',
	accreditationId = ''
) => ({
	id,
	category,
	kind,
	occurredOn,
	netMinutes: hours * 60,
	accreditationId
});

describe('the dossier of a period', () => {
	it('SKJ: surplus scholing and reflectie fill the vrije ruimte; a reflection meeting under an hour does not count', () => {
		const skj = findRegister('skj-2024')!;
		const d = buildDossier(skj, [
			line('r2', 'reflectie', 'intervisie', 55, '2025-03-01'),
			line('r1', 'reflectie', 'supervisie', 0.5, '2025-02-01'),
			line('s1', 'scholing', 'training', 70),
			line('v1', 'vrije_ruimte', 'reading', 20)
		]);
		expect(d.sections.map((s) => [s.key, s.lines.map((l) => l.activity.id)])).toEqual([
			['scholing', ['s1']],
			['reflectie', ['r1', 'r2']],
			['vrije_ruimte', ['v1']]
		]);
		expect(d.sections[1].lines[0].notCounted).toBe('too_short');
		expect(d.sections.map((s) => [s.countedHours, s.shortHours])).toEqual([
			[60, 0],
			[50, 0],
			[35, 15]
		]);
		expect([d.totalCountedHours, d.totalShortHours]).toEqual([145, 15]);
	});

	it('Registerplein: overige counts up to its cap, accredited only with a number, unknown categories apart', () => {
		const rp = findRegister('registerplein-sociaal-werk')!;
		const d = buildDossier(rp, [
			line('o1', 'overig', 'reading', 45),
			line('g1', 'geaccrediteerd', 'training', 8, '2025-01-01', '398312'),
			line('g2', 'geaccrediteerd', 'training', 4),
			line('x', 'scholing', 'training', 3)
		]);
		const [g, r, o, other] = d.sections;
		expect([g.doneMinutes / 60, g.countedHours, g.shortHours]).toEqual([12, 8, 72]);
		expect(r.shortHours).toBe(40);
		expect([o.countedHours, o.maxHours]).toEqual([40, 40]);
		expect([other.key, other.lines.map((l) => l.activity.id), other.countedHours]).toEqual([null, ['x'], 0]);
	});

	it('knows where a period ends and starts', () => {
		expect(periodEnd('2024-03-01', 5)).toBe('2029-02-28');
		expect(periodStartEndingOn('2026-12-05', 5)).toBe('2021-12-06');
	});
});
