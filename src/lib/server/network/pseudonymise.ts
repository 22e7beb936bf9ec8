import type { NetworkSnapshot, Sector } from '../db/schema';
import { SECTOR_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';

type Person = NetworkSnapshot['persons'][number];

const letter = (i: number): string =>
	i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Names replaced by their sector and a letter ("Familie A", "Buren/buurt B"), for team discussion
 * (PRODUCT.md §3). Remarks are dropped: they are free text about a named person. Returns the new
 * names by person id, and a function that replaces the old names inside other free text (goals,
 * actions, zorgen), longest name first so "Fatima" does not break "tante Fatima".
 */
export function pseudonymise(persons: Pick<Person, 'id' | 'name' | 'sector'>[]): {
	names: Map<string, string>;
	scrub: (text: string) => string;
} {
	const counters = new Map<Sector | 'none', number>();
	const names = new Map<string, string>();
	for (const p of persons) {
		const group = p.sector ?? 'none';
		const i = counters.get(group) ?? 0;
		counters.set(group, i + 1);
		const role = p.sector ? SECTOR_LABEL[p.sector]() : m.network_pseudonym_person();
		names.set(p.id, `${role} ${letter(i)}`);
	}
	const replacements = persons
		.filter((p) => p.name.trim().length >= 2)
		.map((p) => ({ from: p.name.trim(), to: names.get(p.id)! }))
		.sort((a, b) => b.from.length - a.from.length);
	const scrub = (text: string) =>
		replacements.reduce(
			(out, r) => out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r.from)}(?![\\p{L}\\p{N}])`, 'giu'), r.to),
			text
		);
	return { names, scrub };
}
