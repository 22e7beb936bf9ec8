import type { ResidentTexts } from './types';
import { nl } from './nl';
import { en } from './en';
import { eenvoudig } from './eenvoudig';
import { kind } from './kind';
import { ar } from './ar';
import { tr } from './tr';
import { pl } from './pl';
import { uk } from './uk';

export type { ResidentTexts } from './types';

/** Resident language variants, in the order of the language choice on the page. */
export const RESIDENT_LANGUAGES = ['nl', 'eenvoudig', 'kind', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type ResidentLanguage = (typeof RESIDENT_LANGUAGES)[number];

export function isResidentLanguage(value: unknown): value is ResidentLanguage {
	return typeof value === 'string' && (RESIDENT_LANGUAGES as readonly string[]).includes(value);
}

const FIXED: Record<Exclude<ResidentLanguage, 'nl'>, ResidentTexts> = { eenvoudig, kind, en, ar, tr, pl, uk };

/** The texts for a variant; only standard Dutch follows the request's "je"/"u" setting. */
export function residentTexts(language: ResidentLanguage, address: 'je' | 'u' = 'je'): ResidentTexts {
	return language === 'nl' ? nl(address) : FIXED[language];
}
