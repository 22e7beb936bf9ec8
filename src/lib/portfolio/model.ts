// Development plan and portfolio (issue 19): the shapes shared by server and pages. The register
// tables themselves are data (registers/), read by the rule engine in server/portfolio.

export const GOAL_STATUSES = ['active', 'achieved', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What a worker can log. The register table says which category each kind counts in. */
export const ACTIVITY_KINDS = [
	'intervisie',
	'supervisie',
	'casuistiek',
	'training',
	'reading',
	'consultation',
	'advice',
	'other'
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What a goal can be tied to: evidence the worker already has in Vakspiegel. */
export const EVIDENCE_KINDS = [
	'mirror_theme',
	'mirror_quote',
	'reflection',
	'dilemma',
	'session',
	'code_round',
	'code_article',
	'kernwaarde',
	'practice_story',
	'activity'
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The three dimensions of a reflection (each optional, the worker's own words). */
export interface ReflectionDimensions {
	technisch?: string;
	normatief?: string;
	persoonlijk?: string;
}

/** One category of a register: what counts in it and how many hours a period needs (1 hour = 1 point). */
export interface RegisterCategory {
	key: string;
	/** Dutch name as the register writes it. */
	label: string;
	/** Hours needed in a period; 0 for none. */
	minHours: number;
	/** At most this many hours count in a period; null for no cap. */
	maxHours: number | null;
	/** Activity kinds that count here by default. */
	kinds: ActivityKind[];
	/** Only activities with an accreditation number count here. */
	requiresAccreditation?: boolean;
	/** Hours above this category's minimum count in that category (SKJ: scholing and reflectie fill the vrije ruimte). */
	surplusTo?: string;
	/** What evidence the register asks per activity, in Dutch. */
	evidence: string;
}

/** A register's rules in one version: data, not code. */
export interface RegisterRules {
	key: string;
	name: string;
	/** The reglement's version or date these numbers come from. */
	version: string;
	/** Where the numbers come from (a public document), for the progress page. */
	source: string;
	periodYears: number;
	categories: RegisterCategory[];
	/** Hours needed over all categories together; null when only the categories count. */
	totalMinHours: number | null;
	/** Whether hours above a category's minimum may make up for another category's shortfall. */
	mayOffset: boolean;
	/** A reflection meeting shorter than this does not count (SKJ: 60). */
	minReflectionMeetingMinutes: number | null;
	/** What never counts, as the register lists it. */
	exclusions: string[];
	/** The organisation's admin may change the minimums (with the note that they must check the reglement). */
	adminEditable: boolean;
}
