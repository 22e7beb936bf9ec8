import { randomUUID } from 'node:crypto';
import type { NetworkSnapshot, Sector } from '../db/schema';
import { SECTOR_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';

type Person = NetworkSnapshot['persons'][number];

const letter = (i: number): string =>
	i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** What a name that belongs to more than one person (or cannot be told apart) becomes. */
export const UNKNOWN_NAME = '[naam]';

/**
 * Words that are often part of a name on the groslijst ("broer Karim", "mevrouw van Dijk") but are
 * not a name themselves: replacing them everywhere would garble the text ("van maandag") and hides
 * nobody. The whole name ("broer Karim") is still replaced.
 */
const NOT_A_NAME = new Set(
	(
		'van von der den het ter ten des aan bij uit met voor ' +
		'broer broertje zus zusje zuster tante oom opa oma moeder vader mama papa mam pap ouders ' +
		'neef nicht nichtje zoon dochter kind kinderen baby stiefvader stiefmoeder schoonmoeder ' +
		'schoonvader schoonzus zwager grootvader grootmoeder peetoom peettante ' +
		'man vrouw partner vriend vriendin vrienden ex meneer mevrouw mevr dhr juf meester ' +
		'buurman buurvrouw buren buurt collega baas dokter huisarts wijkagent juffrouw leraar ' +
		'lerares trainer coach begeleider mentor'
	).split(' ')
);

const key = (s: string) => s.toLocaleLowerCase('nl');

/** A name and the parts of it that could stand alone in a text: ≥ 3 letters, not a kinship word. */
function termsOf(name: string): { whole: string; parts: string[] } {
	const whole = name.trim().replace(/\s+/gu, ' ');
	const parts = whole
		.split(/[^\p{L}\p{N}]+/u)
		.filter((part) => [...part].filter((c) => /\p{L}/u.test(c)).length >= 3 && !NOT_A_NAME.has(key(part)));
	return { whole, parts };
}

export interface Pseudonymised {
	/** Per person id: the pseudonym ("Familie A", "Buren en buurt B", "Persoon A"). */
	names: Map<string, string>;
	/** Per person id: a fresh random id, the same everywhere in this one export, never the stored id. */
	ids: Map<string, string>;
	/** Replaces every known name inside free text by its pseudonym (or "[naam]"). */
	scrub: (text: string) => string;
}

/**
 * Names replaced by their sector and a letter ("Familie A"), for team discussion (PRODUCT.md §3).
 * Inside free text every name on the map is replaced: the whole name, and each part of it of at
 * least 3 letters on its own ("Karim" of "broer Karim"), with a Dutch possessive ("Karims",
 * "Karim's"), whole words only, any case. The same for the client's pseudonym (→ "Cliënt") and the
 * professionals named in the plan (→ "Professional"). A part that belongs to more than one person
 * becomes "[naam]". One pass over the text, so a replacement is never replaced again.
 *
 * What it cannot catch: a name written differently (a typo, without an accent, a nickname, a
 * surname that is not on the map) and anything that identifies without a name (an address, a job).
 */
export function pseudonymise(input: {
	persons: Pick<Person, 'id' | 'name' | 'sector'>[];
	client?: { name: string; pseudonym: string };
	professionals?: { names: string[]; pseudonym: string };
}): Pseudonymised {
	const counters = new Map<Sector | 'none', number>();
	const names = new Map<string, string>();
	const ids = new Map<string, string>();
	for (const p of input.persons) {
		const group = p.sector ?? 'none';
		const i = counters.get(group) ?? 0;
		counters.set(group, i + 1);
		const role = p.sector ? SECTOR_LABEL[p.sector]() : m.network_pseudonym_person();
		names.set(p.id, `${role} ${letter(i)}`);
		ids.set(p.id, randomUUID());
	}

	const owners: { name: string; to: string }[] = [
		...input.persons.map((p) => ({ name: p.name, to: names.get(p.id)! })),
		...(input.client ? [{ name: input.client.name, to: input.client.pseudonym }] : []),
		...(input.professionals?.names ?? []).map((name) => ({ name, to: input.professionals!.pseudonym }))
	];
	// A whole name wins over a part of another name ("Karim" next to "broer Karim"); two owners of
	// the same whole name or the same part cannot be told apart.
	const wholes = new Map<string, Set<string>>();
	const parts = new Map<string, Set<string>>();
	const add = (map: Map<string, Set<string>>, term: string, to: string) => {
		const k = key(term);
		if (!map.has(k)) map.set(k, new Set());
		map.get(k)!.add(to);
	};
	for (const owner of owners) {
		const { whole, parts: ps } = termsOf(owner.name);
		if ([...whole].length >= 2) add(wholes, whole, owner.to);
		for (const part of ps) add(parts, part, owner.to);
	}
	const target = new Map<string, string>();
	const only = (tos: Set<string>) => (tos.size === 1 ? [...tos][0] : UNKNOWN_NAME);
	for (const [k, tos] of parts) target.set(k, only(tos));
	for (const [k, tos] of wholes) target.set(k, only(tos));
	if (target.size === 0) return { names, ids, scrub: (text) => text };

	const alternatives = [...target.keys()]
		.sort((a, b) => b.length - a.length)
		.map((k) => escapeRegExp(k).replace(/ /g, '\\s+'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(['’]s|s|['’])?(?![\\p{L}\\p{N}])`, 'giu');
	const scrub = (text: string) =>
		text.replace(pattern, (_match, name: string, possessive: string | undefined) => {
			const to = target.get(key(name).replace(/\s+/gu, ' ')) ?? UNKNOWN_NAME;
			return possessive ? `${to}'s` : to;
		});
	return { names, ids, scrub };
}
