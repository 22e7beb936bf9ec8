import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTERS, findRegister } from './registers';

describe('register tables', () => {
	it('lists every file in ./registers and checks it at load', () => {
		const files = readdirSync(new URL('./registers', import.meta.url))
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace(/\.json$/u, ''))
			.sort();
		expect(REGISTERS.map((r) => r.key).sort()).toEqual(files);
	});

	it('holds the published SKJ numbers: 60 scholing, 50 reflectie, 50 vrije ruimte in five years, meetings of an hour', () => {
		const skj = findRegister('skj-2024')!;
		expect(skj.periodYears).toBe(5);
		expect(Object.fromEntries(skj.categories.map((c) => [c.key, c.minHours]))).toEqual({
			scholing: 60,
			reflectie: 50,
			vrije_ruimte: 50
		});
		expect(skj.minReflectionMeetingMinutes).toBe(60);
	});

	it('lets an admin change only the social-work register, which says its numbers must be checked', () => {
		expect(REGISTERS.filter((r) => r.adminEditable).map((r) => r.key)).toEqual(['registerplein-sociaal-werk']);
		expect(findRegister('registerplein-sociaal-werk')!.version).toMatch(/controleer/u);
	});
});
