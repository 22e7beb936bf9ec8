import { describe, expect, it } from 'vitest';
import { pseudonymise, UNKNOWN_NAME } from './pseudonymise';

describe('pseudonymise', () => {
	const persons = [
		{ id: 'a', name: 'Fatima', sector: 'family' as const },
		{ id: 'b', name: 'tante Fatima', sector: 'family' as const },
		{ id: 'c', name: 'Jan', sector: 'neighbours' as const },
		{ id: 'd', name: 'Mo', sector: null }
	];

	it('replaces names by sector and letter', () => {
		const { names } = pseudonymise({ persons });
		expect([...names.values()]).toEqual(['Familie A', 'Familie B', 'Buren en buurt A', 'Persoon A']);
	});

	it('scrubs names from free text, longest first and only whole words', () => {
		const { scrub } = pseudonymise({ persons });
		expect(scrub('tante Fatima gaat met Jan en Mo mee; Janneke niet')).toBe(
			'Familie B gaat met Buren en buurt A en Persoon A mee; Janneke niet'
		);
		expect(scrub('Fatima belt')).toBe('Familie A belt');
	});

	it('replaces a part of a name that stands alone: "Karim" of "broer Karim"', () => {
		const { scrub } = pseudonymise({
			persons: [
				{ id: 'k', name: 'broer Karim', sector: 'family' },
				{ id: 'v', name: 'mevrouw van der Berg', sector: 'neighbours' }
			]
		});
		expect(scrub('Karim drinkt te veel')).toBe('Familie A drinkt te veel');
		expect(scrub('KARIM belt, karim komt')).toBe('Familie A belt, Familie A komt');
		expect(scrub('Berg past op de hond')).toBe('Buren en buurt A past op de hond');
		// Kinship words and "van", "der" are no names: the text around them stays readable.
		expect(scrub('Zijn broer komt van maandag tot vrijdag')).toBe('Zijn broer komt van maandag tot vrijdag');
		expect(scrub('Karimbo en Bergen')).toBe('Karimbo en Bergen');
	});

	it("catches the Dutch possessive: Karims, Karim’s, Karim's, and Kees'", () => {
		const { scrub } = pseudonymise({
			persons: [
				{ id: 'k', name: 'broer Karim', sector: 'family' },
				{ id: 's', name: 'Kees', sector: 'friends' }
			]
		});
		expect(scrub("Karims auto, Karim's fiets, Karim’s huis, Kees' hond")).toBe(
			"Familie A's auto, Familie A's fiets, Familie A's huis, Vrienden en kennissen A's hond"
		);
	});

	it('a part shared by two people becomes [naam]; a whole name still belongs to its person', () => {
		const { scrub } = pseudonymise({
			persons: [
				{ id: 'k1', name: 'broer Karim', sector: 'family' },
				{ id: 'k2', name: 'Karim Bakker', sector: 'work' },
				{ id: 'f', name: 'Fatima', sector: 'family' },
				{ id: 'f2', name: 'tante Fatima', sector: 'family' }
			]
		});
		expect(scrub('Karim zegt het')).toBe(`${UNKNOWN_NAME} zegt het`);
		expect(scrub('Bakker zegt het')).toBe('Werk, school, vereniging A zegt het');
		expect(scrub('Fatima zegt het')).toBe('Familie B zegt het');
	});

	it("the client's pseudonym and the professionals named in the plan are replaced too", () => {
		const { scrub } = pseudonymise({
			persons: [{ id: 'k', name: 'broer Karim', sector: 'family' }],
			client: { name: 'Mehmet K.', pseudonym: 'Cliënt' },
			professionals: { names: ['wijkagent Jansen'], pseudonym: 'Professional' }
		});
		expect(scrub("Mehmet K. en Mehmet's broer Karim spreken Jansen")).toBe(
			"Cliënt en Cliënt's Familie A spreken Professional"
		);
	});

	it('never replaces inside a replacement: a person called "Familie" or "Buren"', () => {
		const { scrub } = pseudonymise({
			persons: [
				{ id: 'x', name: 'Jan', sector: 'family' },
				{ id: 'y', name: 'Familie', sector: 'neighbours' }
			]
		});
		expect(scrub('Jan en Familie')).toBe('Familie A en Buren en buurt A');
	});

	it('gives every person a fresh random id, different in every export', () => {
		const first = pseudonymise({ persons });
		const second = pseudonymise({ persons });
		for (const p of persons) {
			expect(first.ids.get(p.id)).toMatch(/^[0-9a-f-]{36}$/);
			expect(first.ids.get(p.id)).not.toBe(second.ids.get(p.id));
		}
		expect(new Set(first.ids.values()).size).toBe(persons.length);
	});
});
