import { m } from './paraglide/messages';
import type { ScaleWords, TemplateScale } from './feedback/scale';

/**
 * The five words of a scale for the worker's screens and exports (the app's own language, nl or en).
 * Resident-facing words are in src/lib/server/feedback/texts (ADR 0005); these are the same scales.
 */
export function scaleLabels(scale: TemplateScale | undefined, locale = 'nl'): ScaleWords {
	switch (scale?.kind ?? 'face') {
		case 'agree':
			return [m.scale_agree_1(), m.scale_agree_2(), m.scale_agree_3(), m.scale_agree_4(), m.scale_agree_5()];
		case 'frequency':
			return [
				m.scale_frequency_1(),
				m.scale_frequency_2(),
				m.scale_frequency_3(),
				m.scale_frequency_4(),
				m.scale_frequency_5()
			];
		case 'own': {
			const words = (scale as Extract<TemplateScale, { kind: 'own' }>).words;
			return words[locale] ?? words.nl;
		}
		default:
			return [m.scale_1(), m.scale_2(), m.scale_3(), m.scale_4(), m.scale_5()];
	}
}

/** Two scales are the same when they show the same words (for grouping in the PDF's legend). */
export const scaleId = (scale: TemplateScale | undefined, locale = 'nl') => scaleLabels(scale, locale).join('|');
