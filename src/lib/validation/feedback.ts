import { z } from 'zod';
import { m } from '../paraglide/messages';
import { freeText, hasControlCharacter, stripInvisible } from './text';
import {
	checkScaleWords,
	MAX_SCALE_WORD,
	SCALE_KINDS,
	type ScaleWords,
	type ScaleWordsProblem,
	type TemplateScale
} from '../feedback/scale';

export const feedbackRequestSchema = z.object({
	label: freeText({ max: 80 }),
	firstName: freeText({ max: 40, required: () => m.feedback_error_first_name() }),
	address: z.enum(['je', 'u'], { error: () => m.feedback_error_address() }).default('je'),
	/** Empty: the built-in "Vertrouwen". */
	templateId: z
		.union([z.literal('').transform(() => null), z.uuid({ error: () => m.feedback_error_template() })])
		.default('')
		.transform((v) => v || null)
});

export const reflectionSchema = z.object({
	text: freeText({ max: 4000, required: () => m.feedback_error_reflection() }),
	batchId: z
		.uuid()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	responseId: z
		.uuid()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	quoteField: z
		.enum(['good', 'better', 'followUp'])
		.optional()
		.or(z.literal('').transform(() => undefined))
});

const score = z
	.string()
	.optional()
	.transform((v, ctx) => {
		if (v === undefined || v === '') return undefined;
		if (v === 'x') return null;
		if (/^[1-5]$/u.test(v)) return Number(v);
		ctx.addIssue({ code: 'custom', message: m.feedback_error_score() });
		return z.NEVER;
	});

export const selfRatingSchema = z.object({
	time: score,
	appointments: score,
	respect: score,
	understanding: score,
	ownIdeas: score,
	helped: score
});

/**
 * Variants an organisation may write its own questions (and own scale words) for: the resident
 * languages, including easy-read ("eenvoudig") and child ("kind") Dutch.
 */
export const TEMPLATE_LANGUAGES = ['nl', 'eenvoudig', 'kind', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const MAX_TEMPLATE_QUESTIONS = 10;

const lines = (v: string) =>
	stripInvisible(v)
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

function scaleWordsMessage(problem: ScaleWordsProblem, language: TemplateLanguage): string {
	switch (problem.code) {
		case 'count':
			return language === 'nl' ? m.template_error_scale_count_nl() : m.template_error_scale_count();
		case 'tooLong':
			return m.template_error_scale_too_long({ max: MAX_SCALE_WORD, word: problem.word.slice(0, 60) });
		case 'duplicate':
			return m.template_error_scale_duplicate({ word: problem.word });
		case 'dontKnow':
			return m.template_error_scale_dont_know({ word: problem.word });
	}
}

/** Text typed one item per line: refused with a control character, kept raw for `lines` to split. */
const lineText = (max: number) =>
	z
		.string()
		.max(max, { error: () => m.error_text_too_long({ max }) })
		.refine((v) => !hasControlCharacter(v), { error: () => m.error_text_control() })
		.default('');

/**
 * One question per line, per variant; Dutch is required and the others, when filled, match it. The
 * answer scale is one of the ready-made ones, or the organisation's own: five words, one per line,
 * Dutch required, other variants optional.
 */
export const feedbackTemplateSchema = z
	.object({
		name: freeText({ max: 80, required: () => m.error_field_required() }),
		scale: z.enum(SCALE_KINDS, { error: () => m.template_error_scale_kind() }).default('face'),
		...Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [`questions_${l}`, lineText(5000)])),
		...Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [`scale_${l}`, lineText(1000)]))
	})
	.superRefine((v, ctx) => {
		const values = v as Record<string, string>;
		const nl = lines(values.questions_nl ?? '');
		if (nl.length === 0)
			ctx.addIssue({ code: 'custom', path: ['questions_nl'], message: m.template_error_no_questions() });
		if (nl.length > MAX_TEMPLATE_QUESTIONS)
			ctx.addIssue({
				code: 'custom',
				path: ['questions_nl'],
				message: m.template_error_too_many({ max: MAX_TEMPLATE_QUESTIONS })
			});
		for (const l of TEMPLATE_LANGUAGES) {
			const qs = lines(values[`questions_${l}`] ?? '');
			if (qs.some((q) => q.length > 200))
				ctx.addIssue({ code: 'custom', path: [`questions_${l}`], message: m.error_text_too_long({ max: 200 }) });
			if (l !== 'nl' && qs.length > 0 && qs.length !== nl.length)
				ctx.addIssue({
					code: 'custom',
					path: [`questions_${l}`],
					message: m.template_error_line_count({ count: nl.length })
				});
		}
		if (v.scale !== 'own') return;
		for (const l of TEMPLATE_LANGUAGES) {
			const words = lines(values[`scale_${l}`] ?? '');
			if (l !== 'nl' && words.length === 0) continue;
			const problem = checkScaleWords(words);
			if (problem) ctx.addIssue({ code: 'custom', path: [`scale_${l}`], message: scaleWordsMessage(problem, l) });
		}
	})
	.transform((v) => {
		const values = v as Record<string, string>;
		const perLanguage = Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, lines(values[`questions_${l}`] ?? '')]));
		const scale: TemplateScale =
			v.scale === 'own'
				? {
						kind: 'own',
						words: Object.fromEntries(
							TEMPLATE_LANGUAGES.map((l) => [l, lines(values[`scale_${l}`] ?? '')])
								.filter(([, words]) => words.length > 0)
								.map(([l, words]) => [l, words as ScaleWords])
						)
					}
				: { kind: v.scale };
		return {
			name: v.name,
			questions: perLanguage.nl.map((_, i) =>
				Object.fromEntries(TEMPLATE_LANGUAGES.filter((l) => perLanguage[l][i]).map((l) => [l, perLanguage[l][i]]))
			),
			scale
		};
	});
