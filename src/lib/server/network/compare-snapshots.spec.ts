import { describe, expect, it } from 'vitest';
import type { NetworkSnapshot } from '../db/schema';
import { compareSnapshots } from './compare-snapshots';

const person = (id: string, name: string, extra: Partial<NetworkSnapshot['persons'][number]> = {}) => ({
	id,
	name,
	remark: '',
	sector: 'family' as const,
	ring: 2 as const,
	relation: 'normal' as const,
	energy: null,
	supports: [],
	...extra
});

describe('compareSnapshots', () => {
	it("shows the client's roles when both versions have them and they differ, in any order", () => {
		const at = (roles: NonNullable<NetworkSnapshot['client']>['roles'], other = '') => ({
			persons: [],
			ties: [],
			client: { roles, other }
		});
		expect(compareSnapshots(at(['parent', 'carer']), at(['carer', 'parent'])).rolesChanged).toBeNull();
		expect(compareSnapshots(at(['parent']), at(['parent', 'volunteer'])).rolesChanged).toEqual({
			from: { roles: ['parent'], other: '' },
			to: { roles: ['parent', 'volunteer'], other: '' }
		});
		expect(compareSnapshots(at([], 'oppas'), at([], 'trainer')).rolesChanged).not.toBeNull();
		// A version saved before roles existed: nothing to compare with.
		expect(compareSnapshots({ persons: [], ties: [] }, at(['parent'])).rolesChanged).toBeNull();
	});

	it('finds who joined, who left, who came closer or went further, and changed relations', () => {
		const from: NetworkSnapshot = {
			persons: [person('1', 'Oma', { ring: 3 }), person('2', 'Buurman'), person('3', 'Juf', { ring: 1 })],
			ties: [{ fromPersonId: '1', toPersonId: '2', relation: 'weak' }]
		};
		const to: NetworkSnapshot = {
			persons: [
				person('1', 'Oma', { ring: 1, relation: 'strong' }),
				person('3', 'Juf', { ring: 3, sector: 'work' }),
				person('4', 'Trainer')
			],
			ties: [{ fromPersonId: '3', toPersonId: '1', relation: 'strong' }]
		};
		const c = compareSnapshots(from, to);
		expect(c.joined.map((p) => p.name)).toEqual(['Trainer']);
		expect(c.left.map((p) => p.name)).toEqual(['Buurman']);
		expect(c.closer).toEqual([{ name: 'Oma', fromRing: 3, toRing: 1 }]);
		expect(c.further).toEqual([{ name: 'Juf', fromRing: 1, toRing: 3 }]);
		expect(c.sectorChanged).toEqual([{ name: 'Juf', from: 'family', to: 'work' }]);
		expect(c.relationChanged).toEqual([{ name: 'Oma', from: 'normal', to: 'strong' }]);
		expect(c.tiesAdded).toEqual([{ from: 'Juf', to: 'Oma', relation: 'strong' }]);
		expect(c.tiesRemoved).toEqual([{ from: 'Oma', to: 'Buurman', relation: 'weak' }]);
		expect(c.marks).toEqual({ '4': 'joined', '1': 'closer', '3': 'further' });
	});

	it('someone removed and named again is matched by name, not counted as leaving and joining', () => {
		const c = compareSnapshots(
			{ persons: [person('1', 'Tante Fatima')], ties: [] },
			{ persons: [person('9', 'tante fatima ')], ties: [] }
		);
		expect(c.joined).toEqual([]);
		expect(c.left).toEqual([]);
	});

	it('nothing changed: nothing listed', () => {
		const s: NetworkSnapshot = { persons: [person('1', 'Oma')], ties: [] };
		const c = compareSnapshots(s, s);
		expect([c.joined, c.left, c.closer, c.further, c.relationChanged]).toEqual([[], [], [], [], []]);
	});
});
