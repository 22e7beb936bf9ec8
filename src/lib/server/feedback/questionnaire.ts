/**
 * The built-in questionnaire "Vertrouwen" (licence-free; our own wording). Its six dimensions come
 * from the five Top-Ideeën of the Adviesvangers meeting (seed 000) plus the result question: did the
 * conversation help. The texts per resident language are in ./texts.
 */
export const DIMENSIONS = ['time', 'appointments', 'respect', 'understanding', 'ownIdeas', 'helped'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** 1 = not at all … 5 = very much; null = "weet ik niet / zeg ik liever niet". */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCALE)[number];

export const TOP_SCORE = 5;

/** Short and generic open answers ("goed", "prima") that call for the follow-up question (doorvragen). */
const GENERIC = new Set(
	[
		'goed',
		'prima',
		'top',
		'ok',
		'oke',
		'oké',
		'niks',
		'niets',
		'geen',
		'nee',
		'alles',
		'alles goed',
		'super',
		'fijn',
		'leuk',
		'prima zo',
		'is goed',
		'gewoon goed',
		'weet niet',
		'geen idee',
		'good',
		'fine',
		'nothing',
		'-',
		'.',
		'n.v.t.',
		'nvt',
		'niks aan doen',
		'zo doorgaan',
		'ga zo door'
	].map((s) => s.normalize('NFKC'))
);

function isThin(text: string): boolean {
	const t = text
		.normalize('NFKC')
		.trim()
		.toLowerCase()
		.replace(/[!.?,]+$/u, '');
	return t.length === 0 || t.split(/\s+/u).length <= 3 || GENERIC.has(t);
}

/**
 * Seed 001: "Je krijgt al snel sociaal wenselijke antwoorden." When every given score is the top one
 * and both open answers are short or generic, we ask one gentle, optional follow-up question.
 */
export function needsFollowUp(scores: Record<string, number | null>, good: string, better: string): boolean {
	const given = Object.values(scores).filter((s): s is number => s !== null);
	if (given.length === 0 || given.some((s) => s !== TOP_SCORE)) return false;
	return isThin(good) && isThin(better);
}
