import { residentTexts, type ResidentLanguage } from '..';
import type { ParticipantTexts } from './types';
import { nl } from './nl';
import { eenvoudig } from './eenvoudig';
import { kind } from './kind';
import { en } from './en';
import { ar } from './ar';
import { tr } from './tr';
import { pl } from './pl';
import { uk } from './uk';

export type { ParticipantTexts, DefaultGroup, ParticipantErrorTexts } from './types';
export { DEFAULT_GROUPS } from './types';

const TEXTS: Record<ResidentLanguage, ParticipantTexts> = { nl, eenvoudig, kind, en, ar, tr, pl, uk };

/**
 * A participant's phone speaks the resident languages (docs/adr/0005): the same variants, the same
 * choice by `?taal=` or Accept-Language, `lang`, `dir` and the language's name from the resident texts.
 */
export function participantTexts(
	language: ResidentLanguage
): ParticipantTexts & { lang: string; dir: 'ltr' | 'rtl'; name: string; languageLabel: string } {
	const { lang, dir, name, languageLabel } = residentTexts(language);
	return { ...TEXTS[language], lang, dir, name, languageLabel };
}
