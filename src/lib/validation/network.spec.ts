import { describe, expect, it } from 'vitest';
import { networkActionSchema, networkCaseSchema, networkPlaceSchema } from './network';

describe('casus label', () => {
	it('accepts initials and pseudonyms', () => {
		for (const label of ['M.K.', 'Gezin K', 'Roos', 'Mevr. B']) {
			expect(networkCaseSchema.safeParse({ label }).success, label).toBe(true);
		}
	});
	it('refuses something that looks like a BSN', () => {
		expect(networkCaseSchema.safeParse({ label: '123456782' }).error?.issues[0].message).toMatch(/BSN/u);
		expect(networkCaseSchema.safeParse({ label: 'K. 1234.56.782' }).success).toBe(false);
		expect(networkCaseSchema.safeParse({ label: '123456782', confirmName: 'on' }).success).toBe(false);
	});
	it('warns on a full name, and keeps it when "toch opslaan" is ticked', () => {
		for (const label of ['Mohammed Karimi', 'Fatima el Amrani']) {
			const warned = networkCaseSchema.safeParse({ label });
			expect(warned.error?.issues[0].path, label).toEqual(['label']);
			expect(warned.error?.issues[0].message, label).toMatch(/voornaam en achternaam/u);
			expect(networkCaseSchema.parse({ label, confirmName: 'on' })).toMatchObject({ label, confirmName: true });
		}
	});
});

describe('placing a person', () => {
	const personId = '5b0d3c0a-2f6e-4c55-9b1e-3f0e6f4d2a10';
	it('takes a sector and a ring together, or neither', () => {
		expect(networkPlaceSchema.parse({ personId, sector: 'family', ring: '1' })).toEqual({
			personId,
			sector: 'family',
			ring: 1
		});
		expect(networkPlaceSchema.parse({ personId, sector: '', ring: '' })).toEqual({
			personId,
			sector: null,
			ring: null
		});
		expect(networkPlaceSchema.safeParse({ personId, sector: 'family', ring: '' }).success).toBe(false);
		expect(networkPlaceSchema.safeParse({ personId, sector: 'moon', ring: '1' }).success).toBe(false);
	});
});

describe('an action', () => {
	const goalId = '5b0d3c0a-2f6e-4c55-9b1e-3f0e6f4d2a10';
	it('reads "wie" from one select: the client, a professional or person:<id>', () => {
		expect(networkActionSchema.parse({ goalId, who: `person:${goalId}`, what: 'Bellen', due: '' })).toMatchObject({
			who: 'person',
			personId: goalId,
			due: null
		});
		expect(networkActionSchema.parse({ goalId, who: 'client', what: 'Bellen', due: '2026-12-01' })).toMatchObject({
			who: 'client',
			personId: null,
			due: '2026-12-01'
		});
		expect(networkActionSchema.safeParse({ goalId, who: 'person:nope', what: 'x' }).success).toBe(false);
		expect(networkActionSchema.safeParse({ goalId, who: 'buurman', what: 'x' }).success).toBe(false);
	});
});
