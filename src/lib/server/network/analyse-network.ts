import { SECTORS, type NetworkSnapshot, type Sector } from '../db/schema';
import { SECTOR_LABEL, SUPPORT_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';

type Person = NetworkSnapshot['persons'][number];

export interface NetworkAnalysis {
	/** People per sector and ring (ring 1 closest); `unplaced` not yet in the circle. */
	counts: Record<Sector, [number, number, number]>;
	unplaced: number;
	total: number;
	gives: number;
	receives: number;
	mutual: number;
	/** People the client can turn to for two or more kinds of support. */
	multiSupport: { name: string; supports: string[] }[];
	emptySectors: Sector[];
	/** Plain-language sentences (B1) for the page, the print and the PDF. */
	sentences: string[];
}

const list = (names: string[]) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${m.network_and()} ${names.at(-1)}`;

/** A plain-language reading of the map (pure): who is where, who gives and who receives, what is missing. */
export function analyseNetwork(persons: Person[], clientLabel: string): NetworkAnalysis {
	const counts = Object.fromEntries(SECTORS.map((s) => [s, [0, 0, 0]])) as Record<Sector, [number, number, number]>;
	let unplaced = 0;
	for (const p of persons) {
		if (p.sector && p.ring) counts[p.sector][p.ring - 1] += 1;
		else unplaced += 1;
	}
	const gives = persons.filter((p) => p.energy === 'gives').length;
	const receives = persons.filter((p) => p.energy === 'receives').length;
	const mutual = persons.filter((p) => p.energy === 'mutual').length;
	const multiSupport = persons
		.filter((p) => p.supports.length >= 2)
		.map((p) => ({ name: p.name, supports: p.supports.map((s) => SUPPORT_LABEL[s]()) }));
	const placed = persons.length - unplaced;
	const emptySectors = placed > 0 ? SECTORS.filter((s) => counts[s].every((n) => n === 0)) : [];

	const sentences: string[] = [];
	if (persons.length === 0) {
		sentences.push(m.network_analysis_empty());
		return { counts, unplaced, total: 0, gives, receives, mutual, multiSupport, emptySectors, sentences };
	}
	sentences.push(m.network_analysis_total({ count: persons.length, client: clientLabel }));
	if (unplaced > 0) sentences.push(m.network_analysis_unplaced({ count: unplaced }));
	if (placed > 0) {
		const close = SECTORS.reduce((n, s) => n + counts[s][0], 0);
		sentences.push(m.network_analysis_close({ count: close }));
		const bySector = SECTORS.filter((s) => counts[s].some((n) => n > 0)).map(
			(s) => `${SECTOR_LABEL[s]()} ${counts[s].reduce((a, b) => a + b, 0)}`
		);
		sentences.push(m.network_analysis_sectors({ list: bySector.join(', ') }));
		for (const s of emptySectors) sentences.push(m.network_analysis_empty_sector({ sector: SECTOR_LABEL[s]() }));
		const professionals = counts.professionals.reduce((a, b) => a + b, 0);
		if (professionals * 2 > placed) sentences.push(m.network_analysis_mostly_professionals());
	}
	if (gives + receives + mutual > 0) {
		const people = (n: number) => (n === 1 ? m.admin_fix_one_person() : m.admin_fix_persons({ count: n }));
		sentences.push(
			m.network_analysis_energy({
				gives: people(gives),
				receives: people(receives),
				mutual: people(mutual),
				client: clientLabel
			})
		);
		if (receives > gives + mutual) sentences.push(m.network_analysis_gives_more({ client: clientLabel }));
	}
	if (multiSupport.length > 0) {
		sentences.push(
			m.network_analysis_multi_support({ names: list(multiSupport.map((p) => p.name)), client: clientLabel })
		);
	}
	const stressful = persons.filter((p) => p.relation === 'stressful' || p.relation === 'broken').map((p) => p.name);
	if (stressful.length > 0) sentences.push(m.network_analysis_stressful({ names: list(stressful) }));
	return { counts, unplaced, total: persons.length, gives, receives, mutual, multiSupport, emptySectors, sentences };
}
