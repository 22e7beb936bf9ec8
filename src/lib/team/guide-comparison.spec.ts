import { describe, expect, it } from 'vitest';
import { compareGuideSections } from './guide-comparison';
import { guideBlocks } from './guide-text';
import type { GuideSectionContent } from './guide';

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
