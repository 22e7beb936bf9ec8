import { describe, expect, it } from 'vitest';
import { looksLikeFullName } from './full-name';

describe('looksLikeFullName', () => {
	it('warns on a first name and surname, with tussenvoegsels too', () => {
		for (const label of [
			'Mohammed Karimi',
			'Fatima el Amrani',
			'Jan van der Berg',
			'Anne-Marie de Vries',
			'Karimi, Mohammed',
			'Mevr. Fatima Karimi',
			'Şükrü Öztürk',
			'Gezin Jan Bakker'
		]) {
			expect(looksLikeFullName(label), label).toBe(true);
		}
	});

	it('lets initials, a title with a surname, and one name pass', () => {
		for (const label of [
			'M.K.',
			'Mevr. K.',
			'M. Karimi',
			'Mohammed K.',
			'Mohammed K',
			'Demo: M.K.',
			'Gezin K',
			'Gezin Karimi',
			'Familie van Dijk',
			'Roos',
			'MK',
			'Dhr. van der Berg',
			'moeder met twee kinderen',
			'Mijn eigen netwerk',
			'Mx D3f9a0b',
			'Gezin 12B Kamer'
		]) {
			expect(looksLikeFullName(label), label).toBe(false);
		}
	});
});
