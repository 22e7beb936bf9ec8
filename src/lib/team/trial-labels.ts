import { m } from '../paraglide/messages';
import type { InstrumentKind, KeepChoice, TrialStatus } from './trial';

const KIND: Record<Exclude<InstrumentKind, 'method' | 'own'>, () => string> = {
	groslijst: m.ttrial_kind_groslijst,
	netwerkcirkel: m.ttrial_kind_netwerkcirkel,
	ecogram: m.ttrial_kind_ecogram,
	plan: m.ttrial_kind_plan,
	feedback: m.ttrial_kind_feedback
};

/** An instrument as the team reads it: the tool's name, "Methode: Balint", or the team's own name. */
export function instrumentLabel(i: { kind: InstrumentKind; name: string }): string {
	if (i.kind === 'method') return m.ttrial_kind_method({ name: i.name });
	if (i.kind === 'own') return i.name;
	return KIND[i.kind]();
}

export const kindLabel = (kind: Exclude<InstrumentKind, 'method' | 'own'>) => KIND[kind]();

export const keepLabel = (keep: KeepChoice) =>
	({ ja: m.ttrial_keep_ja, misschien: m.ttrial_keep_misschien, nee: m.ttrial_keep_nee })[keep]();

export function statusLabel(
	status: TrialStatus,
	trial: { startsOn: string; endsOn: string },
	format: (d: string) => string
) {
	if (status === 'planned') return m.ttrial_status_planned({ date: format(trial.startsOn) });
	if (status === 'running') return m.ttrial_status_running({ date: format(trial.endsOn) });
	return m.ttrial_status_ended({ date: format(trial.endsOn) });
}

/** The status beside the period, which already names both dates ("… tot en met 19 december · Loopt nu"). */
export function stateLabel(status: TrialStatus): string {
	if (status === 'planned') return m.ttrial_state_planned();
	if (status === 'running') return m.ttrial_state_running();
	return m.ttrial_state_ended();
}

/** An instrument tag on a story: the tool's name, or "Een intervisiemethode" / "Een eigen instrument". */
export function storyInstrumentLabel(kind: InstrumentKind): string {
	if (kind === 'method') return m.tstory_kind_method();
	if (kind === 'own') return m.tstory_kind_own();
	return KIND[kind]();
}
