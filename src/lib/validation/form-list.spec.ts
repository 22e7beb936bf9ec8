import { describe, expect, it } from 'vitest';
import { networkPlaceSchema, networkRelationSchema } from './network';
import { focusId, parseList } from './form-list';

const A = '0b8f5d3e-6a1c-4c2a-9d0e-1f2a3b4c5d6e';
const B = '1c9e6e4f-7b2d-4d3b-8e1f-2a3b4c5d6e7f';
const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};
const relationCards = (data: FormData) =>
	parseList(
		data,
		'personId',
		(personId, get, getAll) => ({
			personId,
			relation: get('relation'),
			energy: get('energy'),
			supports: getAll('supports')
		}),
		networkRelationSchema
	);

describe('parseList: one form for a page of cards', () => {
	it('reads every card by its own field names', () => {
		const result = relationCards(
			form([
				['personId', A],
				[`relation-${A}`, 'weak'],
				[`supports-${A}`, 'practical'],
				[`supports-${A}`, 'company'],
				['personId', B],
				[`energy-${B}`, 'gives']
			])
		);
		expect(result).toEqual({
			ok: true,
			items: [
				{ personId: A, relation: 'weak', energy: null, supports: ['practical', 'company'] },
				{ personId: B, relation: null, energy: 'gives', supports: [] }
			]
		});
	});

	it('keys an error by field and card, so it shows in that card', () => {
		const result = parseList(
			form([
				['personId', A],
				[`sector-${A}`, 'family'],
				['personId', B],
				[`sector-${B}`, 'work'],
				[`ring-${B}`, '2']
			]),
			'personId',
			(personId, get) => ({ personId, sector: get('sector'), ring: get('ring') }),
			networkPlaceSchema
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && Object.keys(result.errors)).toEqual([`ring-${A}`]);
	});

	it('refuses ids that are not ids, and a flood of cards', () => {
		expect(relationCards(form([['personId', 'x']])).ok).toBe(false);
		const many = form(Array.from({ length: 501 }, (_, i) => ['personId', A.slice(0, -3) + String(i).padStart(3, '0')]));
		expect(relationCards(many).ok).toBe(false);
	});

	it('focusId: the card of the pressed button, only a real id', () => {
		expect(focusId(form([['focus', A]]))).toBe(A);
		expect(focusId(form([['focus', 'javascript:alert(1)']]))).toBeNull();
		expect(focusId(form([]))).toBeNull();
	});
});
