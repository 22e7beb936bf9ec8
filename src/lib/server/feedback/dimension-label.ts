import { m } from '../../paraglide/messages';
import type { MirrorDimension } from './dimensions';

const BUILT_IN: Record<string, () => string> = {
	time: m.dim_time,
	appointments: m.dim_appointments,
	respect: m.dim_respect,
	understanding: m.dim_understanding,
	ownIdeas: m.dim_own_ideas,
	helped: m.dim_helped
};

/** A question's name in the exports: ours for the built-in six, the Dutch question itself for a template's. */
export function dimensionLabel(dim: Pick<MirrorDimension, 'key' | 'builtIn' | 'texts'>): string {
	if (dim.builtIn) return BUILT_IN[dim.key]?.() ?? dim.key;
	return (dim.texts?.nl ?? dim.key).replaceAll('[naam]', '…');
}
