import { m } from '../paraglide/messages';
import type { AdvicePhase } from './model';

export { ADVICE_PHASES, type AdvicePhase } from './model';

export const phaseLabel = (phase: AdvicePhase): string =>
	({
		preparing: m.advice_phase_preparing(),
		tips: m.advice_phase_tips(),
		clustering: m.advice_phase_clustering(),
		voting: m.advice_phase_voting(),
		top: m.advice_phase_top(),
		closed: m.advice_phase_closed()
	})[phase];
