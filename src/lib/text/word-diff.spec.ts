import { describe, expect, it } from 'vitest';
import { diffWords, DIFF_MAX_CELLS, tokenize } from './word-diff';

const join = (parts: { op: string; text: string }[], keep: string) =>
	parts
		.filter((p) => p.op === 'same' || p.op === keep)
		.map((p) => p.text)
		.join('');

describe('diffWords', () => {
	it('marks a changed word as removed and added, and keeps the rest', () => {
		const parts = diffWords('We hoeven niet alle antwoorden te hebben.', 'We hoeven niet alle vragen te hebben.');
		expect(parts).toEqual([
			{ op: 'same', text: 'We hoeven niet alle ' },
			{ op: 'del', text: 'antwoorden' },
			{ op: 'ins', text: 'vragen' },
			{ op: 'same', text: ' te hebben.' }
		]);
	});

	it('gives both texts back whole', () => {
		const before = 'Vraag wat er goed gaat.\n\n- Wie helpt er?\n- Wat lukt al?';
		const after = 'Vraag eerst wat er goed gaat.\n\n- Wat lukt al?\n- Wie helpt er nog meer?';
		const parts = diffWords(before, after);
		expect(join(parts, 'del')).toBe(before);
		expect(join(parts, 'ins')).toBe(after);
		expect(parts.filter((p) => p.op === 'ins').map((p) => p.text.trim())).toContain('eerst');
	});

	it('shows no change for equal texts, and all of it for an empty one', () => {
		expect(diffWords('gelijk blijft gelijk', 'gelijk blijft gelijk')).toEqual([
			{ op: 'same', text: 'gelijk blijft gelijk' }
		]);
		expect(diffWords('', 'nieuw')).toEqual([{ op: 'ins', text: 'nieuw' }]);
		expect(diffWords('oud', '')).toEqual([{ op: 'del', text: 'oud' }]);
	});

	it('stays bounded for very different long texts: the middle is replaced whole', () => {
		const n = Math.ceil(Math.sqrt(DIFF_MAX_CELLS)) + 10;
		const before = Array.from({ length: n }, (_, i) => `a${i}`).join(' ');
		const after = Array.from({ length: n }, (_, i) => `b${i}`).join(' ');
		const started = performance.now();
		const parts = diffWords(before, after);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(parts.map((p) => p.op)).toEqual(['del', 'ins']);
		expect(join(parts, 'ins')).toBe(after);
	});

	it('keeps words and white space apart, and a change of several words in one piece', () => {
		expect(tokenize('een  twee\ndrie')).toEqual(['een', '  ', 'twee', '\n', 'drie']);
		expect(diffWords('Vraag wat er goed gaat.', 'Vraag wie er mee helpt.')).toEqual([
			{ op: 'same', text: 'Vraag ' },
			{ op: 'del', text: 'wat' },
			{ op: 'ins', text: 'wie' },
			{ op: 'same', text: ' er ' },
			{ op: 'del', text: 'goed gaat.' },
			{ op: 'ins', text: 'mee helpt.' }
		]);
		expect(diffWords('Wat gaat er al goed?', 'Wat gaat er al goed? Wie helpt er?')).toEqual([
			{ op: 'same', text: 'Wat gaat er al goed?' },
			{ op: 'ins', text: ' Wie helpt er?' }
		]);
	});
});
