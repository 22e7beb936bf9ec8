import type { ResidentTexts } from './types';
import { nl } from './nl';
import { en } from './en';

export type { ResidentTexts } from './types';

/** Resident language variants, in the order of the language choice. */
export const RESIDENT_LANGUAGES = ['nl', 'en'] as const;
export type ResidentLanguage = (typeof RESIDENT_LANGUAGES)[number];

export function isResidentLanguage(value: unknown): value is ResidentLanguage {
	return typeof value === 'string' && (RESIDENT_LANGUAGES as readonly string[]).includes(value);
}

export function residentTexts(language: ResidentLanguage, address: 'je' | 'u' = 'je'): ResidentTexts {
	switch (language) {
		case 'en':
			return en;
		default:
			return nl(address);
	}
}
