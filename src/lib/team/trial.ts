/** What a team can try out (seed 003): the network toolbox, a feedback request, a method, or their own. */
export const TOOL_KINDS = ['groslijst', 'netwerkcirkel', 'ecogram', 'plan', 'feedback'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];
export const INSTRUMENT_KINDS = [...TOOL_KINDS, 'method', 'own'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** The network tools that offer "Telt mee voor de proef" after a save on their own page. */
export const NETWORK_TOOL_KINDS = ['groslijst', 'netwerkcirkel', 'ecogram', 'plan'] as const;
export type NetworkToolKind = (typeof NETWORK_TOOL_KINDS)[number];

export const KEEP_CHOICES = ['ja', 'misschien', 'nee'] as const;
export type KeepChoice = (typeof KEEP_CHOICES)[number];

export const MIN_INSTRUMENTS = 2;
export const MAX_INSTRUMENTS = 3;
/** A trial is for weeks or months, not years. */
export const MAX_TRIAL_DAYS = 366;

export type TrialStatus = 'planned' | 'running' | 'ended';

/** Planned before the start day, running up to and including the end day, then the evaluation opens. */
export function trialStatus(trial: { startsOn: string; endsOn: string }, today: string): TrialStatus {
	if (today < trial.startsOn) return 'planned';
	if (today <= trial.endsOn) return 'running';
	return 'ended';
}

/** The evaluation opens on the end day itself (the last team meeting of the period), and stays open. */
export const evaluationOpen = (trial: { endsOn: string }, today: string) => today >= trial.endsOn;
