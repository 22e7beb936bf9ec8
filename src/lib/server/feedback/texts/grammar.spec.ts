import { describe, expect, it } from 'vitest';
import { RESIDENT_LANGUAGES, residentTexts, type ResidentTexts } from '.';
import { printedCardTexts } from './nl';
import { pageTexts } from '../resident-page-texts';
import { DIMENSIONS } from '../questionnaire';
import { formQuestions } from '../dimensions';

// Issue 13, item 4: "Voelde u u gerespecteerd" slipped through because no test read the questions as a
// resident does. Every question of every variant is rendered here, with "je" and with "u", with two
// different first names, and checked against the rules we can state without a native speaker. A
// native speaker's review of ar, tr, pl and uk is still advisable (see the comments in those files).

const NAMES = ['Sanne', 'Mohammed'];
const ADDRESSES = ['je', 'u'] as const;

/** Every string a resident can read in this variant, filled in (k = 3), keyed by where it came from. */
function everyText(t: ResidentTexts, name: string, k = 3): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (path: string, v: unknown) => {
		if (typeof v === 'string') out[path] = v;
		else if (typeof v === 'function') {
			// tooLong(max), mediaTooBig(mb), tooManyTries(seconds) take a number; the others the name.
			const number = /tooLong|mediaTooBig|tooManyTries/u.test(path);
			for (const n of number ? [1, 2, 3, 5, 22, 60] : [name]) {
				const r = (v as (a: unknown, b?: unknown) => unknown)(n, k);
				walk(`${path}(${n})`, r);
			}
		} else if (Array.isArray(v)) v.forEach((x, i) => walk(`${path}[${i}]`, x));
		else if (v && typeof v === 'object') for (const [key, x] of Object.entries(v)) walk(`${path}.${key}`, x);
	};
	for (const [key, v] of Object.entries(t)) if (!['lang', 'dir'].includes(key)) walk(key, v);
	return out;
}

/** Words of a text, lower case, without punctuation (Unicode letters, so Cyrillic and Arabic too). */
/** Doubled words that are right: Turkish "sık sık" (often), Ukrainian "ні так, ні ні" (neither yes nor no). */
const DOUBLED_ON_PURPOSE: Record<string, string[]> = { tr: ['sık'], uk: ['ні'] };

const words = (s: string) => s.toLocaleLowerCase('nl').match(/[\p{L}\p{M}’'-]+/gu) ?? [];

describe.each(RESIDENT_LANGUAGES)('%s', (language) => {
	describe.each(ADDRESSES)('with "%s"', (address) => {
		const t = residentTexts(language, address);

		it.each(NAMES)('every question names %s and reads as a question, without leftovers', (name) => {
			for (const d of DIMENSIONS) {
				const q = t.questions[d];
				const text = q(name);
				// A question that takes the name shows it; none shows another name or a placeholder.
				if (q.length > 0) expect(text, d).toContain(name);
				for (const other of NAMES.filter((n) => n !== name)) expect(text, d).not.toContain(other);
				expect(text, d).toMatch(/[?؟]$/u);
				expect(text, d).not.toMatch(/\$\{|\[naam\]|\{name\}|\{w\}|undefined|null|NaN/u);
				expect(text, d).not.toMatch(/\s{2}|\s[?؟,.!]/u);
				// Starts with a capital in the scripts that have them.
				expect(text.charAt(0), d).toBe(text.charAt(0).toLocaleUpperCase(t.lang));
			}
		});

		it('has no word twice in a row ("u u", "de de"), except the reflexive "je je" after a verb', () => {
			for (const [where, text] of Object.entries(everyText(t, 'Sanne'))) {
				// Within one sentence: "… ввели код. Код виглядає …" is two sentences.
				for (const sentence of text.split(/[.?!؟:]\s/u)) {
					const w = words(sentence);
					for (let i = 1; i < w.length; i++) {
						if (w[i] !== w[i - 1] || DOUBLED_ON_PURPOSE[language]?.includes(w[i])) continue;
						// "Voel je je thuis?": the subject "je" and the reflexive "je", after an inverted verb.
						const reflexive = language !== 'en' && w[i] === 'je' && i >= 2 && !['je', 'jij'].includes(w[i - 2]);
						expect(reflexive, `"${w[i]} ${w[i]}" in ${where}: ${text}`).toBe(true);
					}
				}
			}
		});

		it('fills in every text: no placeholders, "undefined" or double spaces', () => {
			for (const [where, text] of Object.entries(everyText(t, 'Sanne'))) {
				expect(text.trim().length, where).toBeGreaterThan(0);
				expect(text, where).not.toMatch(/\$\{|\[naam\]|\{name\}|undefined|NaN|\s{2}/u);
			}
		});
	});
});

describe('standard Dutch follows "je" or "u" everywhere', () => {
	// The signed-in warning speaks to a staff member, who is "je" in the whole app.
	const toResident = (texts: Record<string, string>) =>
		Object.entries(texts).filter(([where]) => !where.startsWith('errors.signedIn'));

	it('"u": never je, jij, jou, jouw or jezelf; verbs agree ("wilt u", "vindt u"); reflexive "zich"', () => {
		const t = residentTexts('nl', 'u');
		for (const [where, text] of toResident(everyText(t, 'Sanne'))) {
			const w = words(text);
			expect(
				w.filter((x) => ['je', 'jij', 'jou', 'jouw', 'jezelf', "jouw'"].includes(x)),
				`${where}: ${text}`
			).toEqual([]);
			// Inverted "u" takes the -t of the second/third person: "Wilt u", "Vindt u", "Kunt u", "Bent u".
			expect(text, `${where}: ${text}`).not.toMatch(/\b(wil|vind|kan|ben|word|zal|heb|krijg|voel|kijk) u\b/iu);
			expect(text, `${where}: ${text}`).not.toMatch(/\bu u\b/iu);
		}
		expect(t.questions.respect('Sanne')).toBe('Voelde u zich gerespecteerd door Sanne?');
		expect(t.title('Sanne')).toBe('Wat vindt u van Sanne?');
		expect(t.contactLegend).toBe('Wilt u een gesprek over uw antwoorden?');
	});

	it('"je": never u or uw; no "-t" after an inverted "je" ("vind je", not "vindt je")', () => {
		const t = residentTexts('nl', 'je');
		for (const [where, text] of toResident(everyText(t, 'Sanne'))) {
			const w = words(text);
			expect(
				w.filter((x) => ['u', 'uw', 'uzelf'].includes(x)),
				`${where}: ${text}`
			).toEqual([]);
			expect(text, `${where}: ${text}`).not.toMatch(/\b(vindt|wilt|kunt|bent|hebt|krijgt|voelt|wordt) (je|jij)\b/iu);
		}
		expect(t.questions.respect('Sanne')).toBe('Voelde jij je gerespecteerd door Sanne?');
		expect(t.title('Sanne')).toBe('Wat vind je van Sanne?');
	});

	it('easy-read and the child variant always say "je"', () => {
		for (const language of ['eenvoudig', 'kind'] as const) {
			for (const [where, text] of toResident(everyText(residentTexts(language, 'u'), 'Sanne'))) {
				expect(
					words(text).filter((x) => ['u', 'uw'].includes(x)),
					`${language} ${where}: ${text}`
				).toEqual([]);
			}
		}
	});

	it('the page texts of a "u" form read "u" as well', () => {
		const page = pageTexts(residentTexts('nl', 'u'), 'Sanne', 3);
		expect(page.questions.respect).toBe('Voelde u zich gerespecteerd door Sanne?');
		expect(page.intro.join(' ')).toContain('uw antwoorden');
	});

	it('an own question with [naam] gets the name at every place, in je and in u', () => {
		const template = {
			questions: [{ key: 'q1', texts: { nl: 'Hielp [naam] u, en zou u [naam] aanraden?' }, scale: { kind: 'agree' } }]
		} as unknown as Parameters<typeof formQuestions>[0];
		const [q] = formQuestions(template, 'nl', residentTexts('nl', 'u'), 'Sanne');
		expect(q.text).toBe('Hielp Sanne u, en zou u Sanne aanraden?');
	});
});

describe('printed cards follow the request', () => {
	it('"je" and "u"', () => {
		const je = printedCardTexts('je');
		const u = printedCardTexts('u');
		expect(je.heading('Noor')).toBe('Wat vind je van Noor?');
		expect(u.heading('Noor')).toBe('Wat vindt u van Noor?');
		expect(je.scan).toBe('Scan de code met je telefoon, of ga naar:');
		expect(u.scan).toBe('Scan de code met uw telefoon, of ga naar:');
		for (const text of [u.heading('Noor'), u.scan, u.code, u.anonymous('Noor')]) {
			expect(words(text).filter((x) => ['je', 'jij', 'jouw'].includes(x))).toEqual([]);
		}
	});
});

describe('numbers take the right noun form', () => {
	it.each([
		['pl', 1, '1 sekundę'],
		['pl', 3, '3 sekundy'],
		['pl', 5, '5 sekund'],
		['pl', 22, '22 sekundy'],
		['uk', 1, '1 секунду'],
		['uk', 3, '3 секунди'],
		['uk', 60, '60 секунд'],
		['ar', 1, 'ثانية واحدة'],
		['ar', 2, 'ثانيتين'],
		['ar', 5, '5 ثوانٍ'],
		['ar', 60, '60 ثانية']
	] as const)('%s: %i seconds', (language, n, expected) => {
		expect(residentTexts(language).errors.tooManyTries(n)).toContain(expected);
	});
});
