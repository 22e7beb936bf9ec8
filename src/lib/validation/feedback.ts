import { z } from 'zod';
import { m } from '../paraglide/messages';

export const feedbackRequestSchema = z.object({
	label: z
		.string()
		.trim()
		.max(80, { error: () => m.error_text_too_long({ max: 80 }) })
		.default(''),
	firstName: z
		.string({ error: () => m.feedback_error_first_name() })
		.trim()
		.min(1, { error: () => m.feedback_error_first_name() })
		.max(40, { error: () => m.error_text_too_long({ max: 40 }) }),
	address: z.enum(['je', 'u'], { error: () => m.feedback_error_address() }).default('je'),
	/** Empty: the built-in "Vertrouwen". */
	templateId: z
		.union([z.literal('').transform(() => null), z.uuid({ error: () => m.feedback_error_template() })])
		.default('')
		.transform((v) => v || null)
});

export const reflectionSchema = z.object({
	text: z
		.string({ error: () => m.feedback_error_reflection() })
		.trim()
		.min(1, { error: () => m.feedback_error_reflection() })
		.max(4000, { error: () => m.error_text_too_long({ max: 4000 }) }),
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

/** Languages an organisation may translate its own questions into (the resident variants). */
export const TEMPLATE_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export const MAX_TEMPLATE_QUESTIONS = 10;

const lines = (v: string) =>
	v
		.split(/\r?\n/u)
		.map((l) => l.trim())
		.filter(Boolean);

/** One question per line, per language; Dutch is required and the others, when filled, match it. */
export const feedbackTemplateSchema = z
	.object({
		name: z
			.string({ error: () => m.error_field_required() })
			.trim()
			.min(1, { error: () => m.error_field_required() })
			.max(80, { error: () => m.error_text_too_long({ max: 80 }) }),
		...Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [`questions_${l}`, z.string().max(5000).default('')]))
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
	})
	.transform((v) => {
		const values = v as Record<string, string>;
		const perLanguage = Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, lines(values[`questions_${l}`] ?? '')]));
		return {
			name: v.name,
			questions: perLanguage.nl.map((_, i) =>
				Object.fromEntries(TEMPLATE_LANGUAGES.filter((l) => perLanguage[l][i]).map((l) => [l, perLanguage[l][i]]))
			)
		};
	});
