import { describe, expect, it } from 'vitest';
import corpus from './fixtures/resident-data-corpus.json';
import { maskedExcerpt, passesElfproef, residentDataGuard } from './resident-data-guard';

const guard = residentDataGuard({ names: corpus.names, contacts: corpus.contacts });

describe('the resident-data guard against the corpus', () => {
	it.each(corpus.caught)('refuses "$text"', ({ text, kinds }) => {
		expect(guard.find(text).map((m) => m.kind)).toEqual(kinds);
	});
	it.each(corpus.allowed)('lets "%s" pass', (text) => {
		expect(guard.find(text)).toEqual([]);
	});
});

describe('the guard in detail', () => {
	it('knows the elfproef', () => {
		expect(passesElfproef('111222333')).toBe(true);
		expect(passesElfproef('123456782')).toBe(true);
		expect(passesElfproef('123456789')).toBe(false);
		expect(passesElfproef('000000000')).toBe(false);
	});

	it('says exactly where, also after letters with accents', () => {
		const text = 'Café met Zoë en Fatima';
		const found = guard.find(text);
		expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Zoë', 'Fatima']);
	});

	it('masks every match in the excerpt and keeps the first letter', () => {
		const text = 'Lang gesprek gehad met tante Fatima en Henk, bel 06-12345678 morgen.';
		const found = guard.find(text);
		const excerpt = maskedExcerpt(text, found, 0, 10);
		expect(excerpt).toContain('t•••• F•••••');
		expect(excerpt).not.toContain('Fatima');
		expect(maskedExcerpt(text, found, 2)).toContain('0•-1•••••••');
	});

	it('without names or contacts still finds numbers and addresses, and nothing else', () => {
		const bare = residentDataGuard({ names: [], contacts: [] });
		expect(bare.find('Fatima, 111222333, a@b.nl').map((m) => m.kind)).toEqual(['bsn', 'email']);
	});
});
