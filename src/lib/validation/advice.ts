import { z } from 'zod';
import { m } from '../paraglide/messages';
import { dutchDateTime } from '../team/session';
import { CLOCK_TIME, boundedInt, freeText, hasControlCharacter, stripInvisible } from './text';

export const TIP_MAX_CHARS = 300;
export const QUESTION_MAX_CHARS = 300;
export const MAX_DOTS = 10;

const optionalUuid = z
	.union([z.literal('').transform(() => null), z.uuid({ error: () => m.advice_error_unknown_item() })])
	.default('')
	.transform((v) => v || null);

const requiredText = (max: number, message: () => string) => freeText({ max, required: message });

/** Groups are typed one per line in the session form: "inwoners", "sociaal werkers", … */
const groupLines = z
	.string()
	.default('')
	.transform((text, ctx) => {
		if (hasControlCharacter(text)) {
			ctx.addIssue({ code: 'custom', message: m.error_text_control() });
			return z.NEVER;
		}
		const labels = [
			...new Set(
				stripInvisible(text)
					.split('\n')
					.map((l) => stripInvisible(l.normalize('NFKC')).trim())
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

export const adviceSessionSchema = z
	.object({
		question: requiredText(QUESTION_MAX_CHARS, () => m.advice_error_question()),
		explanation: freeText({ max: 1000 }),
		groups: groupLines,
		dotsPerPerson: boundedInt(1, MAX_DOTS, () => m.advice_error_dots({ max: MAX_DOTS })),
		moderation: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true'),
		language: z.enum(['nl', 'en'], { error: () => m.advice_error_language() }).default('nl'),
		// The meeting, for the calendar invitation: optional, but a day needs a time and the other way round.
		meetingDay: z
			.string()
			.default('')
			.refine((v) => v === '' || z.iso.date().safeParse(v).success, { error: () => m.tsession_error_day() }),
		meetingTime: z
			.string()
			.default('')
			.refine((v) => v === '' || CLOCK_TIME.test(v), { error: () => m.tsession_error_time() }),
		meetingMinutes: z.preprocess(
			(v) => (v === '' || v === undefined ? '90' : v),
			boundedInt(15, 480, () => m.ics_error_minutes())
		),
		meetingPlace: freeText({ max: 200 })
	})
	.superRefine((v, ctx) => {
		if (!v.meetingDay !== !v.meetingTime) {
			ctx.addIssue({
				code: 'custom',
				path: [v.meetingDay ? 'meetingTime' : 'meetingDay'],
				message: m.ics_error_day_and_time()
			});
		}
	})
	.transform(({ meetingDay, meetingTime, meetingMinutes, meetingPlace, ...rest }) => ({
		...rest,
		meeting: meetingDay
			? { at: dutchDateTime(meetingDay, meetingTime), minutes: meetingMinutes, place: meetingPlace }
			: null
	}));

export const tipSchema = z.object({
	text: requiredText(TIP_MAX_CHARS, () => m.advice_error_tip_empty()),
	nonce: z
		.string()
		.regex(/^[A-Za-z0-9_-]{8,64}$/u, { error: () => m.error_form_unreadable() })
		.or(z.literal(''))
		.default('')
});

export const paperTipsSchema = z.object({
	lines: z
		.string({ error: () => m.advice_error_paper_empty() })
		.refine((text) => !hasControlCharacter(text), { error: () => m.error_text_control() })
		.transform((text) =>
			stripInvisible(text)
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(TIP_MAX_CHARS, { error: () => m.error_text_too_long({ max: TIP_MAX_CHARS }) }))
				.min(1, { error: () => m.advice_error_paper_empty() })
				.max(500, { error: () => m.advice_error_paper_many({ max: 500 }) })
		),
	groupKey: z.string().regex(/^[a-z0-9-]{1,40}$/u, { error: () => m.advice_error_group() })
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
	response: freeText({ max: 4000 })
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
