import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analyse-network';

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

	it('an empty network says where to start', () => {
		expect(analyseNetwork([], 'M.').sentences).toEqual([
			'Er staat nog niemand in het netwerk. Begin met de groslijst.'
		]);
	});
});
