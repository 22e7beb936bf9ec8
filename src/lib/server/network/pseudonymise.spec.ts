import { describe, expect, it } from 'vitest';
import { pseudonymise } from './pseudonymise';

describe('pseudonymise', () => {
	const persons = [
		{ id: 'a', name: 'Fatima', sector: 'family' as const },
		{ id: 'b', name: 'tante Fatima', sector: 'family' as const },
		{ id: 'c', name: 'Jan', sector: 'neighbours' as const },
		{ id: 'd', name: 'Mo', sector: null }
	];

	it('replaces names by sector and letter', () => {
		const { names } = pseudonymise(persons);
		expect([...names.values()]).toEqual(['Familie A', 'Familie B', 'Buren en buurt A', 'Persoon A']);
	});

	it('scrubs names from free text, longest first and only whole words', () => {
		const { scrub } = pseudonymise(persons);
		expect(scrub('tante Fatima gaat met Jan en Mo mee; Janneke niet')).toBe(
			'Familie B gaat met Buren en buurt A en Persoon A mee; Janneke niet'
		);
		expect(scrub('Fatima belt')).toBe('Familie A belt');
	});
});
