import { m } from '$lib/paraglide/messages';

/** The resident variants' names in the worker's UI language (admin screens: questionnaires, privacy texts). */
export const LANGUAGE_NAME: Record<string, () => string> = {
	nl: m.lang_nl,
	eenvoudig: m.lang_eenvoudig,
	kind: m.lang_kind,
	en: m.lang_en,
	ar: m.lang_ar,
	tr: m.lang_tr,
	pl: m.lang_pl,
	uk: m.lang_uk
};
