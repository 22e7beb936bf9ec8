import { FACE_SCALE, normaliseScale, type ScaleWords, type TemplateScale } from '../../feedback/scale';
import { RESIDENT_LANGUAGES, residentTexts, type ResidentLanguage, type ResidentTexts } from './texts';

/**
 * Where a template's own text for a resident variant comes from when the organisation did not write
 * it: the child form first tries easy-read Dutch, every variant ends at standard Dutch.
 */
function textFallbacks(language: ResidentLanguage): ResidentLanguage[] {
	if (language === 'nl') return ['nl'];
	if (language === 'kind') return ['kind', 'eenvoudig', 'nl'];
	return [language, 'nl'];
}

/** The best text for the variant, and the variant it was written for (to mark a fallback's language). */
export function pickTemplateText<T>(
	texts: Partial<Record<string, T>>,
	language: ResidentLanguage
): { value: T; from: ResidentLanguage } | null {
	for (const l of textFallbacks(language)) {
		const value = texts[l];
		if (value !== undefined && value !== null && value !== '') return { value, from: l };
	}
	return null;
}

/** A question's scale as stored; anything missing or unreadable is the face scale of "Vertrouwen". */
export function questionScale(question: { scale?: unknown }): TemplateScale {
	return normaliseScale(question.scale, RESIDENT_LANGUAGES) ?? FACE_SCALE;
}

/** How the points look on the resident form: faces for the face scale, rising bars for the others. */
type ScaleVisual = 'face' | 'level';
const scaleVisual = (scale: TemplateScale): ScaleVisual => (scale.kind === 'face' ? 'face' : 'level');

export interface ResidentScale {
	words: ScaleWords;
	/** The words' language when they fell back to one other than the page's (`lang` on the words, WCAG 3.1.2). */
	lang: string | null;
	visual: ScaleVisual;
}

/** The scale's five words in the resident's variant, falling back to (easy-read) Dutch. */
export function residentScale(scale: TemplateScale, language: ResidentLanguage, texts: ResidentTexts): ResidentScale {
	const visual = scaleVisual(scale);
	if (scale.kind !== 'own') return { words: texts.scales[scale.kind], lang: null, visual };
	const picked = pickTemplateText(scale.words, language) ?? { value: scale.words.nl, from: 'nl' as const };
	return { words: picked.value, lang: fallbackLang(picked.from, texts), visual };
}

/** The BCP 47 tag of the variant a text came from, when it differs from the page's language. */
export function fallbackLang(from: ResidentLanguage, texts: ResidentTexts): string | null {
	const lang = residentTexts(from).lang;
	return lang === texts.lang ? null : lang;
}
