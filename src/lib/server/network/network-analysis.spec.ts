import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './network-analysis';

const p = (name: string, extra: Record<string, unknown> = {}) => ({
	id: name,
	name,
	remark: '',
	sector: null,
	ring: null,
	relation: null,
	energy: null,
	supports: [],
	...extra
});

describe('analyseNetwork', () => {
	it('counts per sector and ring, reciprocity, several kinds of support and empty sectors', () => {
		const a = analyseNetwork(
			[
				p('Fatima', { sector: 'family', ring: 1, energy: 'gives', supports: ['emotional', 'practical'] }),
				p('Jan', { sector: 'family', ring: 2, energy: 'receives', relation: 'stressful' }),
				p('Wijkagent', { sector: 'professionals', ring: 3, energy: 'receives' }),
				p('Nog los')
			] as never,
			'M.'
		);
		expect(a.counts.family).toEqual([1, 1, 0]);
		expect(a.counts.professionals).toEqual([0, 0, 1]);
		expect(a.unplaced).toBe(1);
		expect([a.gives, a.receives, a.mutual]).toEqual([1, 2, 0]);
		expect(a.multiSupport).toEqual([{ name: 'Fatima', supports: ['Emotioneel', 'Praktisch'] }]);
		expect(a.emptySectors).toEqual(['friends', 'neighbours', 'work']);
		expect(a.sentences).toContain("Geen contacten in 'Buren en buurt'.");
		expect(a.sentences).toContain('Aantal mensen in het netwerk van M.: 4.');
		expect(a.sentences).toContain('Nog niet in de netwerkcirkel: 1.');
		expect(a.sentences).toContain('M. geeft meer aan anderen dan M. terugkrijgt.');
		// The client's label may hold a colon ("Demo: M.K."): the counts never follow it.
		expect(a.sentences).toContain(
			'M. krijgt vooral iets van 1 persoon. M. geeft vooral iets aan 2 personen. Over en weer: 0 personen.'
		);
		expect(a.sentences).toContain('Voor meer soorten steun kan M. terecht bij Fatima.');
		expect(a.sentences).toContain('Een belastende of verbroken relatie met: Jan.');
	});

	it('shows the share of professionals and nudges from 4 in 10 (seed 003, tip 8)', () => {
		const people = (professionals: number, others: number) => [
			...Array.from({ length: professionals }, (_, i) => p(`Hulp ${i}`, { sector: 'professionals', ring: 2 })),
			...Array.from({ length: others }, (_, i) => p(`Vriend ${i}`, { sector: 'friends', ring: 1 }))
		];
		const four = analyseNetwork(people(4, 6) as never, 'M.');
		expect(four.sentences).toContain('Hulpverleners: 4 van de 10 mensen in de cirkel.');
		expect(four.nudge).toMatch(/^4 van de 10 zijn professionals\. Wie uit het eigen netwerk kan meedoen\?/u);
		expect(analyseNetwork(people(3, 7) as never, 'M.').nudge).toBeNull();
		// Too few people to say something about a share.
		expect(analyseNetwork(people(2, 0) as never, 'M.').nudge).toBeNull();
		// Not placed yet: no sector, so not counted.
		expect(analyseNetwork([...people(1, 2), p('Los')] as never, 'M.').nudge).toBeNull();
	});

	it('speaks to the worker on the practice map', () => {
		const a = analyseNetwork(
			[
				p('Zus', { sector: 'family', ring: 1, energy: 'receives', supports: ['emotional', 'company'] }),
				p('Buurman', { sector: 'neighbours', ring: 3, energy: 'receives' })
			] as never,
			'Mijn eigen netwerk',
			{ practice: true }
		);
		expect(a.sentences).toContain('Aantal mensen in je netwerk: 2.');
		expect(a.sentences).toContain(
			'Je krijgt vooral iets van 0 personen. Je geeft vooral iets aan 2 personen. Over en weer: 0 personen.'
		);
		expect(a.sentences).toContain('Je geeft meer aan anderen dan je terugkrijgt.');
		expect(a.sentences).toContain('Voor meer soorten steun kun je terecht bij Zus.');
		expect(a.sentences.join(' ')).not.toMatch(/Mijn eigen netwerk|cliënt/u);
	});

	it('an empty network says where to start', () => {
		expect(analyseNetwork([], 'M.').sentences).toEqual([
			'Er staat nog niemand in het netwerk. Begin met de groslijst.'
		]);
	});
});
