import { m } from '../paraglide/messages';
import type { ActivityKind } from './model';

/** The Dutch name of an activity kind, as the log and the form show it. */
export const kindLabel = (kind: ActivityKind): string =>
	({
		intervisie: m.pfl_kind_intervisie(),
		supervisie: m.pfl_kind_supervisie(),
		casuistiek: m.pfl_kind_casuistiek(),
		training: m.pfl_kind_training(),
		reading: m.pfl_kind_reading(),
		consultation: m.pfl_kind_consultation(),
		advice: m.pfl_kind_advice(),
		other: m.pfl_kind_other()
	})[kind];
