import { describe, expect, it } from 'vitest';
import { casusWarning, mentionsFullName } from './casus-check';

describe('casus warnings', () => {
	it('point out a full name written in a sentence', () => {
		expect(mentionsFullName('Gisteren belde Mohammed Karimi over de huur.')).toBe(true);
		expect(mentionsFullName('Ik sprak met Jan van der Berg.')).toBe(true);
		expect(casusWarning('De moeder, Fatima el Amrani, was boos.')).toBe('name');
	});

	it('leave sentence starts, single names and initials alone', () => {
		expect(mentionsFullName('Toen Sanne binnenkwam. Ik bleef rustig. Daarna belde M. Karimi.')).toBe(false);
		expect(mentionsFullName('Gezin K. heeft drie kinderen.')).toBe(false);
		// Two capitalised words in a row are warned about even when they are a shop: a warning, not a refusal.
		expect(mentionsFullName('Moeder werkt bij Albert Heijn.')).toBe(true);
		expect(mentionsFullName('De moeder was boos. Wat kan ik anders doen?')).toBe(false);
		expect(casusWarning('')).toBeNull();
	});

	it('point out a BSN, with or without dots', () => {
		expect(casusWarning('Zijn nummer is 123456782.')).toBe('bsn');
		expect(casusWarning('BSN 1234.56.782 stond op de brief')).toBe('bsn');
		expect(casusWarning('Het ging over 3 kinderen en 2 scholen.')).toBeNull();
	});
});
