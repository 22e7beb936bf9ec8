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
	/**
	 * Against the "hulpverleningsreflex" (seed 003, tip 8): set when professionals are at least
	 * NUDGE_SHARE of the people placed in the circle ("4 van de 10 zijn professionals…").
	 */
	nudge: string | null;
}

/** From this share of professionals among the people in the circle, the analysis nudges. */
const NUDGE_SHARE = 0.4;
/** Below this many people in the circle a share says little ("1 van de 1"): no nudge yet. */
const NUDGE_MIN_PLACED = 3;

const list = (names: string[]) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${m.network_and()} ${names.at(-1)}`;

/**
 * A plain-language reading of the map (pure): who is where, who gives and who receives, what is
 * missing. On the practice map (`practice`) the sentences speak to the worker ("je netwerk").
 */
export function analyseNetwork(
	persons: Person[],
	clientLabel: string,
	options: { practice?: boolean } = {}
): NetworkAnalysis {
	const own = options.practice === true;
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
		return { counts, unplaced, total: 0, gives, receives, mutual, multiSupport, emptySectors, sentences, nudge: null };
	}
	sentences.push(
		own
			? m.network_practice_analysis_total({ count: persons.length })
			: m.network_analysis_total({ count: persons.length, client: clientLabel })
	);
	let nudge: string | null = null;
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
		if (professionals > 0) sentences.push(m.network_practice_professionals({ count: professionals, total: placed }));
		if (placed >= NUDGE_MIN_PLACED && professionals >= NUDGE_SHARE * placed) {
			nudge = m.network_practice_nudge({ count: professionals, total: placed });
		}
	}
	if (gives + receives + mutual > 0) {
		const people = (n: number) => (n === 1 ? m.admin_fix_one_person() : m.admin_fix_persons({ count: n }));
		const counts = { gives: people(gives), receives: people(receives), mutual: people(mutual) };
		sentences.push(
			own ? m.network_practice_analysis_energy(counts) : m.network_analysis_energy({ ...counts, client: clientLabel })
		);
		if (receives > gives + mutual) {
			sentences.push(
				own ? m.network_practice_analysis_gives_more() : m.network_analysis_gives_more({ client: clientLabel })
			);
		}
	}
	if (multiSupport.length > 0) {
		const names = list(multiSupport.map((p) => p.name));
		sentences.push(
			own
				? m.network_practice_analysis_multi_support({ names })
				: m.network_analysis_multi_support({ names, client: clientLabel })
		);
	}
	const stressful = persons.filter((p) => p.relation === 'stressful' || p.relation === 'broken').map((p) => p.name);
	if (stressful.length > 0) sentences.push(m.network_analysis_stressful({ names: list(stressful) }));
	return {
		counts,
		unplaced,
		total: persons.length,
		gives,
		receives,
		mutual,
		multiSupport,
		emptySectors,
		sentences,
		nudge
	};
}

/** What a page needs of the analysis: the sentences and the nudge (kept apart, the nudge stands out). */
export const analysisOf = (a: NetworkAnalysis) => ({ analysis: a.sentences, nudge: a.nudge });
