import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanText, freeText, parseBoundedInt, stripInvisible } from './text';

describe('stripInvisible', () => {
	it('removes bidi overrides, isolates and zero-width characters that make text look different', () => {
		const sneaky = '\u202Egnp.exe\u202C Jan\u200Bsen \u2066x\u2069\u2060\uFEFF';
		expect(stripInvisible(sneaky)).toBe('gnp.exe Jansen x');
		expect(stripInvisible('Ka\u200Drim en Ka\u200Crim')).toBe('Karim en Karim');
		expect(stripInvisible('\u200Cbegin\u200D')).toBe('begin');
	});

	it('keeps the joiners that Persian spelling and emoji need, and the LRM/RLM marks', () => {
		const persian = 'می\u200Cخواهم';
		expect(stripInvisible(persian)).toBe(persian);
		const family = '👩\u200D👧';
		expect(stripInvisible(family)).toBe(family);
		expect(stripInvisible('a\u200Eb\u200F')).toBe('a\u200Eb\u200F');
		// A run of joiners is never spelling.
		expect(stripInvisible('می\u200C\u200C\u200Cخواهم')).toBe('میخواهم');
	});

	it('normalises to NFC and CRLF to LF', () => {
		expect(stripInvisible('e\u0301\r\nx\ry')).toBe('é\nx\ny');
	});
});

describe('freeText', () => {
	const required = freeText({ max: 10, required: () => 'Vul dit in' });
	const optional = freeText({ max: 10 });

	it('refuses a NUL byte or another control character with a Dutch message', () => {
		for (const bad of ['a\u0000b', '\u0007', 'x\u001Bx', 'y\u0085']) {
			const result = required.safeParse(bad);
			expect(result.success).toBe(false);
			expect(result.error?.issues[0].message).toMatch(/onzichtbaar stuurteken/u);
			expect(optional.safeParse(bad).success).toBe(false);
		}
	});

	it('keeps tabs and new lines, strips invisibles, then trims and measures', () => {
		expect(required.parse('  a\tb\nc\u200B ')).toBe('a\tb\nc');
		expect(required.safeParse('\u200B\u202E ').success).toBe(false);
		expect(optional.parse(undefined)).toBe('');
		expect(required.safeParse('12345678901').success).toBe(false);
	});
});

describe('parseBoundedInt', () => {
	it('takes whole numbers in range only', () => {
		expect(parseBoundedInt('3', 0, 10)).toBe(3);
		expect(parseBoundedInt(' 0 ', 0, 10)).toBe(0);
		for (const bad of ['99999999999', '1e21', '2147483648', '1.0', '0x10', '', '-1', 'NaN', 'Infinity', '11']) {
			expect(parseBoundedInt(bad, 0, 10), bad).toBeNull();
		}
		expect(parseBoundedInt('2147483648', 0, 2_147_483_646)).toBeNull();
		expect(parseBoundedInt(null, 0, 10)).toBeNull();
	});
});

describe('cleanText (the resident form: never refuses)', () => {
	it('drops control characters instead of refusing', () => {
		expect(cleanText(' a\u0000b\u202E\u200Bc ')).toBe('abc');
		expect(z.string().parse(cleanText('x'))).toBe('x');
	});
});
