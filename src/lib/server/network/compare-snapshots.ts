import type { NetworkSnapshot, Relation, Ring, Sector } from '../db/schema';

type SnapshotPerson = NetworkSnapshot['persons'][number];

interface PersonMove {
	name: string;
	fromRing: Ring;
	toRing: Ring;
}

export interface SnapshotComparison {
	joined: SnapshotPerson[];
	left: SnapshotPerson[];
	/** Ring number went down: closer to the client. */
	closer: PersonMove[];
	further: PersonMove[];
	/** Placed in another sector (e.g. from "hulpverleners" to "vrienden"). */
	sectorChanged: { name: string; from: Sector; to: Sector }[];
	relationChanged: { name: string; from: Relation | null; to: Relation | null }[];
	tiesAdded: { from: string; to: string; relation: Relation }[];
	tiesRemoved: { from: string; to: string; relation: Relation }[];
	/** The client's roles, when both versions have them and they differ. */
	rolesChanged: { from: NonNullable<NetworkSnapshot['client']>; to: NonNullable<NetworkSnapshot['client']> } | null;
	/** Person ids in `to` (by id) → status, for drawing the comparison. */
	marks: Record<string, 'joined' | 'closer' | 'further'>;
}

const key = (name: string) => name.trim().toLocaleLowerCase('nl');

/**
 * What changed between two versions of a network (pure). People are matched by id, then — for someone
 * removed and named again later — by name, so "tante Fatima" added twice does not count as leaving.
 */
export function compareSnapshots(from: NetworkSnapshot, to: NetworkSnapshot): SnapshotComparison {
	const pairs: [SnapshotPerson, SnapshotPerson][] = [];
	const fromLeft = new Map(from.persons.map((p) => [p.id, p]));
	const toLeft = new Map(to.persons.map((p) => [p.id, p]));
	for (const [id, p] of toLeft) {
		const before = fromLeft.get(id);
		if (before) {
			pairs.push([before, p]);
			fromLeft.delete(id);
			toLeft.delete(id);
		}
	}
	for (const [id, p] of toLeft) {
		const before = [...fromLeft.values()].find((b) => key(b.name) === key(p.name));
		if (before) {
			pairs.push([before, p]);
			fromLeft.delete(before.id);
			toLeft.delete(id);
		}
	}
	const result: SnapshotComparison = {
		joined: [...toLeft.values()],
		left: [...fromLeft.values()],
		closer: [],
		further: [],
		sectorChanged: [],
		relationChanged: [],
		tiesAdded: [],
		tiesRemoved: [],
		rolesChanged: null,
		marks: {}
	};
	if (from.client && to.client) {
		const same = (x: readonly string[], y: readonly string[]) =>
			x.length === y.length && [...x].sort().join('|') === [...y].sort().join('|');
		if (!same(from.client.roles, to.client.roles) || from.client.other.trim() !== to.client.other.trim()) {
			result.rolesChanged = { from: from.client, to: to.client };
		}
	}
	for (const p of result.joined) result.marks[p.id] = 'joined';
	for (const [a, b] of pairs) {
		if (a.ring !== null && b.ring !== null && a.ring !== b.ring) {
			const move = { name: b.name, fromRing: a.ring, toRing: b.ring };
			if (b.ring < a.ring) {
				result.closer.push(move);
				result.marks[b.id] = 'closer';
			} else {
				result.further.push(move);
				result.marks[b.id] = 'further';
			}
		}
		if (a.sector !== null && b.sector !== null && a.sector !== b.sector) {
			result.sectorChanged.push({ name: b.name, from: a.sector, to: b.sector });
		}
		if (a.relation !== b.relation) result.relationChanged.push({ name: b.name, from: a.relation, to: b.relation });
	}
	const nameIn = (s: NetworkSnapshot) => new Map(s.persons.map((p) => [p.id, p.name]));
	const tieKeys = (s: NetworkSnapshot) => {
		const names = nameIn(s);
		return new Map(
			s.ties.map((t) => {
				const ends = [names.get(t.fromPersonId) ?? '?', names.get(t.toPersonId) ?? '?'];
				const sorted = [...ends].sort((x, y) => key(x).localeCompare(key(y)));
				return [
					`${key(sorted[0])}|${key(sorted[1])}|${t.relation}`,
					{ from: ends[0], to: ends[1], relation: t.relation }
				];
			})
		);
	};
	const before = tieKeys(from);
	const after = tieKeys(to);
	for (const [k, t] of after) if (!before.has(k)) result.tiesAdded.push(t);
	for (const [k, t] of before) if (!after.has(k)) result.tiesRemoved.push(t);
	return result;
}
