import { describe, expect, it } from 'vitest';
import { RESIDENT_LANGUAGES, residentTexts } from '.';
import { pageTexts } from '../resident-page-texts';
import { checkScaleWords } from '../../../feedback/scale';

describe('resident texts', () => {
	it.each(RESIDENT_LANGUAGES)('%s has every text, filled in with the name and k', (language) => {
		const t = pageTexts(residentTexts(language), 'Sanne', 3);
		const walk = (v: unknown): string[] =>
			typeof v === 'string'
				? [v]
				: Array.isArray(v)
					? v.flatMap(walk)
					: v && typeof v === 'object'
						? Object.values(v).flatMap(walk)
						: [];
		const all = walk({ ...t, scales: residentTexts(language).scales });
		expect(all.every((s) => s.trim().length > 0)).toBe(true);
		for (const words of Object.values(residentTexts(language).scales)) {
			expect(words).toHaveLength(5);
			expect(checkScaleWords(words)).toBeNull();
		}
		expect(t.title + t.intro.join(' ') + t.good + t.better).toContain('Sanne');
		expect(t.intro[1]).toMatch(/2|двох|двох|iki|dwóch|اثنين|شخصين/u);
		expect(all.join(' ')).not.toMatch(/undefined|\$\{|NaN/u);
	});

	it('Arabic is right-to-left, the others left-to-right', () => {
		for (const l of RESIDENT_LANGUAGES) expect(residentTexts(l).dir).toBe(l === 'ar' ? 'rtl' : 'ltr');
	});

	it('Dutch says "u" when the request asks for it', () => {
		expect(residentTexts('nl', 'u').title('Sanne')).toBe('Wat vindt u van Sanne?');
		expect(residentTexts('nl', 'je').title('Sanne')).toBe('Wat vind je van Sanne?');
	});

	it('reads well when k is 2 (one other person)', () => {
		expect(residentTexts('nl').intro('Sanne', 2)[1]).toContain('minstens één ander,');
		expect(residentTexts('en').intro('Sanne', 2)[1]).toContain('at least one other person,');
	});
});
