import { describe, expect, it } from 'vitest';
import { residentErrorPage } from './resident-error-page';
import { RESIDENT_LANGUAGES } from './texts';

describe('resident error pages (issue 13, item 9)', () => {
	it.each(RESIDENT_LANGUAGES)(
		'%s: a title, a text that does not repeat it, and links that say where they go',
		(language) => {
			for (const reason of ['notFound', 'cardUnknown', 'closed', 'paused', 'other'] as const) {
				const page = residentErrorPage(reason, { language, path: '/f/abc' });
				expect(page.title, reason).toBeTruthy();
				expect(page.message.startsWith(page.title!), reason).toBe(false);
				for (const link of page.next ?? []) {
					expect(link.text).not.toMatch(/^\/|^https?:/u);
					expect(link.href).toMatch(new RegExp(`\\?taal=${language}$`, 'u'));
				}
			}
			expect(residentErrorPage('notFound', { language, path: '/f/abc' }).next?.[0].href).toBe(`/f?taal=${language}`);
			expect(residentErrorPage('paused', { language, path: '/f/abc' }).next?.[0].href).toBe(`/f/abc?taal=${language}`);
		}
	);

	it('follows "u" for a paused or closed request', () => {
		expect(residentErrorPage('paused', { language: 'nl', address: 'u', path: '/f/x' }).message).toMatch(/^U kunt/u);
		expect(residentErrorPage('closed', { language: 'nl', address: 'u', path: '/f/x' }).message).toContain('Wilt u');
		expect(residentErrorPage('closed', { language: 'nl', path: '/f/x' }).message).toContain('Wil je');
	});

	it('has no page of its own for a used card: whether a card was used does not show', () => {
		const used = residentErrorPage('cardUsed', { language: 'nl', path: '/f/x' });
		expect(used).toEqual(residentErrorPage('other', { language: 'nl', path: '/f/x' }));
	});
});
