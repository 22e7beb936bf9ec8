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
	address: z.enum(['je', 'u'], { error: () => m.feedback_error_address() }).default('je')
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
