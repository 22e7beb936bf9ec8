import { SECTORS, type NetworkSnapshot } from '../db/schema';

// Test data only (the layout's unit test and the browser test), not used by the app.

type Person = NetworkSnapshot['persons'][number];

const FIRST = ['Anne', 'Bram', 'Carla', 'Dewi', 'Eline', 'Fatma', 'Gijs', 'Hanna', 'Ilias', 'Joost'];
const ROLE = ['buurvrouw', 'oom', 'collega', 'trainer', 'tante', 'vriendin', 'wijkagent', 'nicht'];

/**
 * 40 people, some with long names, over every sector; like most networks fewer close by than
 * further away (6 in the inner ring, 13 in the middle one, 19 in the outer one); two not placed yet;
 * eleven lines between people.
 */
export function fortyPeople(): { persons: Person[]; ties: NetworkSnapshot['ties'] } {
	const persons: Person[] = Array.from({ length: 40 }, (_, i) => ({
		id: `f${i}`,
		name:
			i % 7 === 3 ? 'maatschappelijk werker van het wijkteam' : `${ROLE[i % ROLE.length]} ${FIRST[i % FIRST.length]}`,
		remark: '',
		sector: i >= 38 ? null : SECTORS[(i * 3) % 5],
		ring: i >= 38 ? null : i % 6 === 0 ? 1 : i % 6 < 3 ? 2 : 3,
		relation: (['strong', 'normal', 'weak', 'stressful', 'broken'] as const)[i % 5],
		energy: (['gives', 'receives', 'mutual', null] as const)[i % 4],
		supports: i % 3 === 0 ? ['emotional', 'advice'] : []
	}));
	const ties = persons
		.slice(1, 12)
		.map((p, i) => ({ fromPersonId: persons[i * 3].id, toPersonId: p.id, relation: 'weak' as const }));
	return { persons, ties };
}
