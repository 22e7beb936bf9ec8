import type { AdvicePhase } from '../../../../advice/model';

/** The default participant groups of a session (groups.ts), which participants read in their own language. */
export const DEFAULT_GROUPS = ['residents', 'experts', 'representatives', 'workers', 'policy', 'other'] as const;
export type DefaultGroup = (typeof DEFAULT_GROUPS)[number];

/** Why a participant's phone was refused (advice/participant-error.ts); each reason has its own text. */
export interface ParticipantErrorTexts {
	codeUnknown: string;
	notStarted: string;
	closed: string;
	joinFirst: string;
	group: string;
	locked: string;
	full: string;
	tooManyJoins: (seconds: number) => string;
	tipsPhase: string;
	votingPhase: string;
	tooManyTips: (max: number) => string;
	tipEmpty: string;
	tipTooLong: (max: number) => string;
	textControl: string;
	dotsInvalid: string;
	dotsTooMany: (max: number, total: number, extra: number) => string;
	votesChanged: string;
	unknownItem: string;
	retry: string;
	tooManyTries: (seconds: number) => string;
}

/**
 * Everything a participant of an advice session reads on their phone (/doe-mee), in one language
 * variant. Like the resident form these are content, not app locales (docs/adr/0005): the session's
 * own words (question, groups typed by the facilitator, themes, tips) stay as they were written.
 * `lang`, `dir` and the language's name come from the resident texts of the same variant.
 */
export interface ParticipantTexts {
	joinTitle: string;
	joinIntro: string;
	code: string;
	go: string;
	errorTitle: string;
	otherCode: string;
	eyebrow: (code: string) => string;
	notStarted: string;
	closed: string;
	locked: string;
	groupLegend: string;
	groupHelp: string;
	join: string;
	youAre: (group: string) => string;
	phaseNow: string;
	phases: Record<AdvicePhase, string>;
	sent: string;
	tipLabel: string;
	tipHelp: (max: number) => string;
	tipSend: string;
	/** Must hold the number once: the page's script replaces it while tips come in. */
	tipCount: (count: number) => string;
	clustering: string;
	voteLegend: (dots: number) => string;
	/**
	 * The page's script fills these in while dots are placed (the server renders them with "{left}"
	 * and "{extra}"): word them so that they read well for any number.
	 */
	dotsLeft: (left: number | string, total: number) => string;
	dotsOver: (extra: number | string) => string;
	/** Accessible names of the + and − buttons: they name the theme (WCAG 2.4.6). */
	dotMore: (theme: string) => string;
	dotLess: (theme: string) => string;
	themeTips: (count: number) => string;
	voteSave: string;
	voted: string;
	top: string;
	closedThanks: string;
	ownTips: (count: number) => string;
	tipStatus: { pending: string; hidden: string; visible: string };
	refresh: string;
	noThemes: string;
	/** The closed session's link to its public outcome page, and a line under it. */
	outcomeLink: string;
	outcomeLinkHelp: string;
	rankingHeading: string;
	/** Must hold the number once: the page's script replaces it as votes come in. */
	countDots: (count: number) => string;
	agreement: {
		high: (a: string, b: string, pct: number) => string;
		some: (a: string, b: string, pct: number) => string;
		low: (a: string, b: string, pct: number) => string;
	};
	smallGroupsHidden: (min: number) => string;
	/** A default group as one person ("Ik doe mee als inwoner") and as the whole group ("inwoners"). */
	groups: Record<DefaultGroup, { one: string; many: string }>;
	errors: ParticipantErrorTexts;
}
