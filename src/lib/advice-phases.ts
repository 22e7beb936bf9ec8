import { m } from './paraglide/messages';

/** Phases of an advice session (adviesvangen), moved by the facilitator; any phase can be reopened. */
export const ADVICE_PHASES = ['preparing', 'tips', 'clustering', 'voting', 'top', 'closed'] as const;
export type AdvicePhase = (typeof ADVICE_PHASES)[number];

export const phaseLabel = (phase: AdvicePhase): string =>
	({
		preparing: m.advice_phase_preparing(),
		tips: m.advice_phase_tips(),
		clustering: m.advice_phase_clustering(),
		voting: m.advice_phase_voting(),
		top: m.advice_phase_top(),
		closed: m.advice_phase_closed()
	})[phase];
