import { describe, expect, it } from 'vitest';
import { diffWords, DIFF_MAX_CELLS, tokenize } from './word-diff';
import { compareGuideSections } from './guide-comparison';
import { guideBlocks } from './guide-text';
import type { GuideSectionContent } from './guide';

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

describe('compareGuideSections', () => {
	const s = (id: string, heading: string, body = 'tekst'): GuideSectionContent => ({
		id,
		heading,
		body,
		provenance: { kind: 'own', ref: null, label: '', note: 'uit het team' }
	});
	const text = (p: GuideSectionContent['provenance']) => p?.note ?? '';

	it('finds added, removed, changed and moved sections by their id', () => {
		const before = [s('a', 'Begin'), s('b', 'vragen'), s('c', 'Weg'), s('d', 'Einde')];
		const after = [s('a', 'Begin'), s('d', 'Einde'), s('b', 'Goede vragen'), s('e', 'Nieuw')];
		const result = compareGuideSections(before, after, text);
		expect(result.map((r) => [r.id, r.change, r.moved])).toEqual([
			['a', 'same', false],
			['d', 'same', false],
			['b', 'changed', true],
			['c', 'removed', false],
			['e', 'added', false]
		]);
		expect(result[2].heading).toEqual([
			{ op: 'ins', text: 'Goede ' },
			{ op: 'same', text: 'vragen' }
		]);
	});

	it('puts a removed first section first', () => {
		const result = compareGuideSections([s('x', 'Eerste'), s('a', 'Blijft')], [s('a', 'Blijft')], text);
		expect(result.map((r) => r.change)).toEqual(['removed', 'same']);
	});
});

describe('guideBlocks', () => {
	it('reads paragraphs and lists from plain text', () => {
		expect(guideBlocks('Eerste zin.\nTweede zin.\n\n- een\n* twee\n\nSlot')).toEqual([
			{ kind: 'paragraph', lines: ['Eerste zin.', 'Tweede zin.'] },
			{ kind: 'list', items: ['een', 'twee'] },
			{ kind: 'paragraph', lines: ['Slot'] }
		]);
	});
});
