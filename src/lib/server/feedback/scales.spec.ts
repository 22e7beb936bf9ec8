import { describe, expect, it } from 'vitest';
import { checkScaleWords, normaliseScale, type TemplateScale } from '../../feedback/scale';
import { feedbackTemplateSchema } from '../../validation/feedback';
import { fieldErrors } from '../../validation/form';
import { scaleLabels } from '../../scale-labels';
import type { TemplateQuestion } from '../db/schema';
import { formQuestions } from './dimensions';
import { pickTemplateText, questionScale, residentScale } from './scales';
import { RESIDENT_LANGUAGES, residentTexts } from './texts';

const own: TemplateScale = {
	kind: 'own',
	words: {
		nl: ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'],
		eenvoudig: ['Heel slecht', 'Slecht', 'Half goed', 'Goed', 'Heel goed'],
		ar: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا']
	}
};

describe('scale words', () => {
	it('need five different, short words, and no "weet ik niet" (that answer is always there)', () => {
		expect(checkScaleWords(['a', 'b', 'c', 'd', 'e'])).toBeNull();
		expect(checkScaleWords(['a', 'b', 'c', 'd'])).toEqual({ code: 'count' });
		expect(checkScaleWords(['a', 'b', 'c', 'd', ' '])).toEqual({ code: 'count' });
		expect(checkScaleWords(['a', 'b', 'c', 'd', 'x'.repeat(41)])).toMatchObject({ code: 'tooLong' });
		expect(checkScaleWords(['Goed', 'b', 'c', 'd', 'goed!'])).toEqual({ code: 'duplicate', word: 'goed!' });
		expect(checkScaleWords(['Één', 'een', 'c', 'd', 'e'])).toMatchObject({ code: 'duplicate' });
		expect(checkScaleWords(['a', 'b', 'Weet ik niet', 'd', 'e'])).toMatchObject({ code: 'dontKnow' });
	});

	it('a stored scale is read back checked; anything odd is refused', () => {
		expect(normaliseScale({ kind: 'agree' }, RESIDENT_LANGUAGES)).toEqual({ kind: 'agree' });
		expect(normaliseScale(own, RESIDENT_LANGUAGES)).toEqual(own);
		expect(normaliseScale({ kind: 'own', words: { en: own.words.nl } }, RESIDENT_LANGUAGES)).toBeNull();
		expect(normaliseScale({ kind: 'own', words: { nl: own.words.nl, xx: own.words.nl } }, RESIDENT_LANGUAGES)).toBe(
			null
		);
		expect(normaliseScale({ kind: 'own', words: { nl: ['a', 'a', 'b', 'c', 'd'] } }, RESIDENT_LANGUAGES)).toBeNull();
		expect(normaliseScale({ kind: 'stars' }, RESIDENT_LANGUAGES)).toBeNull();
		expect(normaliseScale('face', RESIDENT_LANGUAGES)).toBeNull();
	});

	it('questions made before scales existed use the face scale', () => {
		expect(questionScale({})).toEqual({ kind: 'face' });
		expect(questionScale({ scale: { kind: 'nonsense' } })).toEqual({ kind: 'face' });
		expect(questionScale({ scale: { kind: 'frequency' } })).toEqual({ kind: 'frequency' });
	});
});

describe('the resident sees the scale in their variant', () => {
	it('ready-made scales have words in every variant, faces only for the face scale', () => {
		for (const l of RESIDENT_LANGUAGES) {
			const t = residentTexts(l);
			for (const kind of ['face', 'agree', 'frequency'] as const) {
				const s = residentScale({ kind }, l, t);
				expect(s.words).toEqual(t.scales[kind]);
				expect(s.visual).toBe(kind === 'face' ? 'face' : 'level');
				expect(s.lang).toBeNull();
			}
		}
		expect(residentScale({ kind: 'agree' }, 'en', residentTexts('en')).words[4]).toBe('Strongly agree');
		expect(residentScale({ kind: 'frequency' }, 'nl', residentTexts('nl')).words).toEqual([
			'Nooit',
			'Bijna nooit',
			'Soms',
			'Vaak',
			'Altijd'
		]);
	});

	it('an own scale falls back: child → easy-read → Dutch; other languages → Dutch, marked lang="nl"', () => {
		expect(residentScale(own, 'ar', residentTexts('ar'))).toEqual({
			words: own.words.ar,
			lang: null,
			visual: 'level'
		});
		expect(residentScale(own, 'kind', residentTexts('kind')).words).toEqual(own.words.eenvoudig);
		expect(residentScale(own, 'kind', residentTexts('kind')).lang).toBeNull();
		expect(residentScale(own, 'tr', residentTexts('tr'))).toMatchObject({ words: own.words.nl, lang: 'nl' });
		expect(pickTemplateText({ nl: 'Vraag', eenvoudig: '' }, 'eenvoudig')).toEqual({ value: 'Vraag', from: 'nl' });
	});

	it('template questions carry their scale and easy-read/child wording to the form', () => {
		const template: { questions: TemplateQuestion[] } = {
			questions: [
				{ key: 't1_1', texts: { nl: 'Was [naam] op tijd?', eenvoudig: 'Was [naam] er op tijd?' }, scale: own },
				{ key: 't1_2', texts: { nl: 'Legde [naam] het uit?', kind: 'Vertelde [naam] wat er ging gebeuren?' } }
			]
		};
		const kind = formQuestions(template, 'kind', residentTexts('kind'), 'Sanne');
		expect(kind.map((q) => q.text)).toEqual(['Was Sanne er op tijd?', 'Vertelde Sanne wat er ging gebeuren?']);
		expect(kind[0].scale.words).toEqual(own.words.eenvoudig);
		expect(kind[1].scale).toMatchObject({ visual: 'face', words: residentTexts('kind').scales.face });
		const en = formQuestions(template, 'en', residentTexts('en'), 'Sanne');
		expect(en[0]).toMatchObject({ text: 'Was Sanne op tijd?', lang: 'nl', scale: { words: own.words.nl, lang: 'nl' } });
		expect(formQuestions(null, 'nl', residentTexts('nl'), 'Sanne')[0].scale.visual).toBe('face');
	});
});

describe('worker labels', () => {
	it('name the points of every scale in the app language', () => {
		expect(scaleLabels(undefined)[0]).toBe('Helemaal niet');
		expect(scaleLabels({ kind: 'agree' })[4]).toBe('Helemaal eens');
		expect(scaleLabels({ kind: 'frequency' })[0]).toBe('Nooit');
		expect(scaleLabels(own, 'en')).toEqual(own.words.nl);
	});
});

describe('the admin form (zod)', () => {
	const base = { name: 'Jongerenwerk', questions_nl: 'Was [naam] op tijd?\nLegde [naam] het uit?' };
	it('keeps the face scale by default and reads a ready-made one', () => {
		expect(feedbackTemplateSchema.parse(base).scale).toEqual({ kind: 'face' });
		expect(feedbackTemplateSchema.parse({ ...base, scale: 'frequency', scale_nl: 'x' }).scale).toEqual({
			kind: 'frequency'
		});
	});
	it('reads an own scale with translations, and easy-read and child questions', () => {
		const out = feedbackTemplateSchema.parse({
			...base,
			questions_eenvoudig: 'Was [naam] er op tijd?\nLegde [naam] het goed uit?',
			questions_kind: '',
			scale: 'own',
			scale_nl: ' Heel slecht\nSlecht\n\nGaat wel\nGoed\nHeel goed ',
			scale_ar: own.words.ar.join('\n')
		});
		expect(out.scale).toEqual({ kind: 'own', words: { nl: own.words.nl, ar: own.words.ar } });
		expect(out.questions[0]).toEqual({ nl: 'Was [naam] op tijd?', eenvoudig: 'Was [naam] er op tijd?' });
	});
	it('says in Dutch what is wrong with own scale words, per field', () => {
		const errors = (input: Record<string, string>) => {
			const r = feedbackTemplateSchema.safeParse({ ...base, scale: 'own', ...input });
			return r.success ? {} : fieldErrors(r.error);
		};
		expect(errors({ scale_nl: 'a\nb\nc\nd' }).scale_nl).toContain('Schrijf 5 woorden in het Nederlands');
		expect(errors({}).scale_nl).toContain('Schrijf 5 woorden');
		expect(errors({ scale_nl: 'a\nb\nc\nd\nA' }).scale_nl).toBe(
			"'A' staat er twee keer. Elk punt van de schaal heeft een eigen woord nodig."
		);
		expect(errors({ scale_nl: `a\nb\nc\nd\n${'e'.repeat(41)}` }).scale_nl).toContain('hoogstens 40 tekens');
		expect(errors({ scale_nl: 'a\nb\nc\nd\ne', scale_en: 'a\nb' }).scale_en).toContain('Of laat het leeg');
		expect(errors({ scale_nl: 'a\nb\nweet ik niet\nd\ne' }).scale_nl).toContain('staat er altijd al bij');
		expect(errors({ scale: 'stars' }).scale).toBe('Kies een antwoordschaal uit de lijst.');
		expect(errors({ scale_nl: 'x'.repeat(1001) }).scale_nl).toContain('1000');
		expect(errors({ scale_nl: 'a\nb\nc\nd\ne' })).toEqual({});
	});
});
