import { describe, expect, it } from 'vitest';
import { cleanText } from './response-input';
import { CODE_ALPHABET } from '../code-alphabet';
import { normaliseCardCode, newCardCode } from './codes';
import { quarterOf, previousQuarter, todayInNL } from '../dates';
import { pickResidentLanguage } from './resident-language';

describe('cleanText', () => {
	it('removes control and bidirectional override characters, keeps text and line breaks', () => {
		expect(cleanText('  a\u202Eb\u0000c\r\nd  ')).toBe('abc\nd');
		expect(cleanText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
		expect(cleanText('e\u0301')).toBe('é');
		expect(cleanText(42)).toBe('');
	});
});

describe('card codes', () => {
	it('are 8 unambiguous characters and accept what people type', () => {
		const code = newCardCode();
		expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		expect([...code.replace('-', '')].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
		expect(normaliseCardCode(' k7qd mx3a ')).toBe('K7QD-MX3A');
		expect(normaliseCardCode('K7QD—MX3A')).toBe('K7QD-MX3A');
		expect(normaliseCardCode('K0QD-MX3A')).toBeNull(); // 0 is never used
		expect(normaliseCardCode('abc')).toBeNull();
	});
});

describe('dates', () => {
	it('keep the day in the Netherlands and name quarters', () => {
		expect(todayInNL(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(quarterOf('2026-11-23')).toBe('2026-Q4');
		expect(previousQuarter('2027-Q1')).toBe('2026-Q4');
	});

	it('turn to the next day on the minute of Dutch midnight, also when asked within the same minute before', () => {
		// 23:59:59 and 00:00:00 in Amsterdam (UTC+1 in winter, UTC+2 in summer), in that order.
		expect(todayInNL(new Date('2026-12-31T22:59:59.999Z'))).toBe('2026-12-31');
		expect(todayInNL(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
		expect(todayInNL(new Date('2026-07-01T21:59:30Z'))).toBe('2026-07-01');
		expect(todayInNL(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
	});
});

describe('resident language', () => {
	it('takes the link, then the form, then the browser, then Dutch', () => {
		expect(pickResidentLanguage(new URL('http://x/f/t?taal=ar'), 'en')).toBe('ar');
		expect(pickResidentLanguage(new URL('http://x/f/t'), 'tr-TR,tr;q=0.9')).toBe('tr');
		expect(pickResidentLanguage(new URL('http://x/f/t?taal=xx'), 'de')).toBe('nl');
		expect(pickResidentLanguage(new URL('http://x/f/t'), 'de', 'kind')).toBe('kind');
		expect(pickResidentLanguage(new URL('http://x/f/t'), null)).toBe('nl');
	});
});
