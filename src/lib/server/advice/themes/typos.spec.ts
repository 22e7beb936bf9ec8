import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from './typos';

describe('withinOneEdit', () => {
	it('accepts one added, missing, changed or swapped letter', () => {
		expect(withinOneEdit('afspraak', 'afspraak')).toBe(true);
		expect(withinOneEdit('afspraakk', 'afspraak')).toBe(true);
		expect(withinOneEdit('afsprak', 'afspraak')).toBe(true);
		expect(withinOneEdit('afsproak', 'afspraak')).toBe(true);
		expect(withinOneEdit('afpsraak', 'afspraak')).toBe(true);
	});

	it('rejects two slips', () => {
		expect(withinOneEdit('afprak', 'afspraak')).toBe(false);
		expect(withinOneEdit('fasprook', 'afspraak')).toBe(false);
		expect(withinOneEdit('luisteren', 'luistert')).toBe(false);
	});
});

describe('TypoIndex', () => {
	const index = new TypoIndex(['luisteren', 'afspraak', 'tijd']);
	it('corrects long words only', () => {
		expect(index.correct('luistren')).toBe('luisteren');
		expect(index.correct('afsrpaak')).toBe('afspraak');
		expect(index.correct('tijf')).toBeUndefined();
		expect(index.correct('koffie')).toBeUndefined();
	});
});
