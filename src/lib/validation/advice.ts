import { z } from 'zod';
import { m } from '../paraglide/messages';

export const TIP_MAX_CHARS = 300;
export const QUESTION_MAX_CHARS = 300;
export const MAX_DOTS = 10;

const optionalUuid = z
	.union([z.literal('').transform(() => null), z.uuid({ error: () => m.advice_error_unknown_item() })])
	.default('')
	.transform((v) => v || null);

const requiredText = (max: number, message: () => string) =>
	z
		.string({ error: message })
		.trim()
		.min(1, { error: message })
		.max(max, { error: () => m.error_text_too_long({ max }) });

/** Groups are typed one per line in the session form: "inwoners", "sociaal werkers", … */
const groupLines = z
	.string()
	.default('')
	.transform((text, ctx) => {
		const labels = [
			...new Set(
				text
					.split(/\r?\n/u)
					.map((l) => l.normalize('NFKC').trim())
					.filter(Boolean)
			)
		];
		if (labels.length < 1) {
			ctx.addIssue({ code: 'custom', message: m.advice_error_groups() });
			return z.NEVER;
		}
		if (labels.length > 12 || labels.some((l) => l.length > 40)) {
			ctx.addIssue({ code: 'custom', message: m.advice_error_groups_size() });
			return z.NEVER;
		}
		return labels;
	});

export const adviceSessionSchema = z.object({
	question: requiredText(QUESTION_MAX_CHARS, () => m.advice_error_question()),
	explanation: z
		.string()
		.trim()
		.max(1000, { error: () => m.error_text_too_long({ max: 1000 }) })
		.default(''),
	groups: groupLines,
	dotsPerPerson: z.coerce
		.number({ error: () => m.advice_error_dots({ max: MAX_DOTS }) })
		.int({ error: () => m.advice_error_dots({ max: MAX_DOTS }) })
		.min(1, { error: () => m.advice_error_dots({ max: MAX_DOTS }) })
		.max(MAX_DOTS, { error: () => m.advice_error_dots({ max: MAX_DOTS }) }),
	moderation: z
		.string()
		.optional()
		.transform((v) => v === 'on' || v === 'true'),
	language: z.enum(['nl', 'en'], { error: () => m.advice_error_language() }).default('nl')
});

export const tipSchema = z.object({
	text: requiredText(TIP_MAX_CHARS, () => m.advice_error_tip_empty()),
	nonce: z.string().trim().min(8).max(64).default('')
});

export const paperTipsSchema = z.object({
	lines: z
		.string({ error: () => m.advice_error_paper_empty() })
		.transform((text) =>
			text
				.split(/\r?\n/u)
				.map((l) => l.trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(TIP_MAX_CHARS, { error: () => m.error_text_too_long({ max: TIP_MAX_CHARS }) }))
				.min(1, { error: () => m.advice_error_paper_empty() })
				.max(500, { error: () => m.advice_error_paper_many({ max: 500 }) })
		),
	groupKey: z.string().trim().min(1).max(40)
});

export const themeNameSchema = z.object({
	name: requiredText(80, () => m.advice_error_theme_name())
});

export const topIdeaSchema = z.object({
	id: optionalUuid,
	themeId: optionalUuid,
	wording: requiredText(500, () => m.advice_error_wording()),
	quoteTipIds: z.array(z.uuid({ error: () => m.advice_error_unknown_item() })).max(20)
});

export const responseSchema = z.object({
	id: z.uuid({ error: () => m.advice_error_unknown_item() }),
	response: z
		.string()
		.trim()
		.max(4000, { error: () => m.error_text_too_long({ max: 4000 }) })
		.default('')
});

export const adviceActionSchema = z.object({
	topIdeaId: z.uuid({ error: () => m.advice_error_unknown_item() }),
	id: optionalUuid,
	what: requiredText(300, () => m.advice_error_action_what()),
	who: requiredText(120, () => m.advice_error_action_who()),
	dueOn: z
		.union([z.literal(''), z.iso.date({ error: () => m.advice_error_date() })])
		.default('')
		.transform((v) => v || null),
	status: z.enum(['planned', 'busy', 'done'], { error: () => m.advice_error_unknown_item() }).default('planned')
});
