import { describe, expect, it } from 'vitest';
import { followUpFor, hasDetail } from './follow-up-rule';

const all = (score: number | null) => ({
	time: score,
	appointments: score,
	respect: score,
	understanding: score,
	ownIdeas: score,
	helped: score
});
const top = all(5);
const mild = all(4);
const mixed = { ...top, time: 4, respect: 4 };

describe('doorvragen: which follow-up question, if any (docs/adr/0012)', () => {
	it.each([
		// Only 5s and short or empty answers: the old rule, "Wat maakte het goed?"
		['all 5, "goed" / "niks"', top, 'goed', 'niks', 'good'],
		['all 5, "Prima!" / nothing', top, 'Prima!', '', 'good'],
		['all 5 and one "weet ik niet", "top" / "nvt"', { ...top, ownIdeas: null }, 'top', 'nvt', 'good'],
		['all 5, nothing written', top, '', '', 'good'],
		['all 5, one word of detail', top, 'Ze luisterde goed', '', 'good'],
		// Mild: 4s, or 4s and 5s, with short or generic answers: "Wat kan nog beter?"
		['all 4, "goed"', mild, 'goed', '', 'better'],
		['all 4, nothing written', mild, '', '', 'better'],
		['4s and 5s, "prima" / "niks"', mixed, 'prima', 'niks', 'better'],
		['one question answered with 4, "oké"', { time: 4 }, 'oké', '', 'better'],
		['all 4, "Ja hoor, prima zo. Niks aan doen!"', mild, 'Ja hoor, prima zo.', 'Niks aan doen!', 'better'],
		// Long generic praise, even with only 5s: many words, no detail
		[
			'all 5, a row of compliments',
			top,
			'Sanne is echt een hele lieve en vriendelijke vrouw, altijd behulpzaam, super fijn contact!',
			'Niks, ga zo door.',
			'better'
		],
		['all 5, English praise', top, 'She is always very kind and helpful, a really lovely person', '', 'better'],
		['all 4, Turkish praise', mild, 'Çok iyi, her şey güzel', '', 'better'],
		// No follow-up: a low score, a concrete detail, or nothing scored
		['a 3 among the 5s', { ...top, helped: 3 }, 'goed', '', null],
		['all 4, a concrete example', mild, 'Ze hielp me met de brief van de gemeente.', '', null],
		['all 5, a concrete example', top, 'Ze hielp me met de brief van de gemeente.', '', null],
		['all 4, a concrete wish', mild, 'goed', 'Sneller terugbellen', null],
		['all 5, praise with a detail in it', top, 'Heel fijn, ze belde mijn moeder zelf terug', '', null],
		['only "weet ik niet"', all(null), 'goed', '', null],
		['no scores at all', {}, '', '', null]
	] as const)('%s', (_, scores, good, better, expected) => {
		expect(followUpFor(scores, good, better)).toBe(expected);
	});

	it('counts words, not characters or punctuation, as detail', () => {
		expect(hasDetail('!!! ... 👍👍')).toBe(false);
		expect(hasDetail('GOED GOED GOED')).toBe(false);
		expect(hasDetail('Kwam 3 keer')).toBe(true);
		expect(hasDetail('Ze belde terug')).toBe(true);
	});
});
