import type { ResidentLanguage } from '../index';
import type { AboutTexts } from './types';
import { nl } from './nl';
import { eenvoudig } from './eenvoudig';
import { kind } from './kind';
import { en } from './en';
import { ar } from './ar';
import { tr } from './tr';
import { pl } from './pl';
import { uk } from './uk';

export type { AboutTexts } from './types';

const FIXED: Record<Exclude<ResidentLanguage, 'nl'>, AboutTexts> = { eenvoudig, kind, en, ar, tr, pl, uk };

/**
 * The "Wie vraagt dit?" texts of a resident language. They live apart from the form's texts
 * (../nl.ts …) so that the form's texts and these can change independently; same rules (ADR 0005).
 */
export function aboutTexts(language: ResidentLanguage, address: 'je' | 'u' = 'je'): AboutTexts {
	return language === 'nl' ? nl(address) : FIXED[language];
}
