import { z } from 'zod';
import { m } from '../paraglide/messages';
import {
	INSTRUMENT_KINDS,
	KEEP_CHOICES,
	MAX_INSTRUMENTS,
	MAX_TRIAL_DAYS,
	MIN_INSTRUMENTS,
	TOOL_KINDS
} from '../team/trial';
import { looksLikeBsn } from './network';
import { freeText } from './text';

export const USE_NOTE_MAX_CHARS = 140;
export const STORY_TITLE_MAX_CHARS = 120;
export const STORY_BODY_MAX_CHARS = 4000;

const day = (message: () => string) => z.iso.date({ error: message });
const noBsn = <T extends z.ZodType<string>>(field: T) =>
	field.refine((v) => !looksLikeBsn(v), { error: () => m.ttrial_error_bsn() });

const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

export const trialSchema = z
	.object({
		teamId: z.uuid({ error: () => m.error_not_found() }),
		startsOn: day(() => m.ttrial_error_starts_on()),
		endsOn: day(() => m.ttrial_error_ends_on()),
		tools: z.array(z.enum(TOOL_KINDS, { error: () => m.ttrial_error_instruments() })).default([]),
		/** A method from the team's list (built-in, the team's own, the organisation's); '' for none. */
		methodRef: z
			.string()
			.default('')
			.refine((v) => v === '' || /^builtin:[a-z0-9-]{1,60}$|^custom:[0-9a-f-]{36}$/u.test(v), {
				error: () => m.team_trial_pick_error_method()
			}),
		ownName: freeText({ max: 80 }),
		ownDescription: freeText({ max: 300 })
	})
	.superRefine((v, ctx) => {
		if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: m.ttrial_error_order() });
		else if (daysBetween(v.startsOn, v.endsOn) > MAX_TRIAL_DAYS)
			ctx.addIssue({ code: 'custom', path: ['endsOn'], message: m.ttrial_error_too_long() });
		if (v.ownDescription && !v.ownName)
			ctx.addIssue({ code: 'custom', path: ['ownName'], message: m.ttrial_error_own_name() });
		const count = v.tools.length + (v.methodRef ? 1 : 0) + (v.ownName ? 1 : 0);
		if (count < MIN_INSTRUMENTS || count > MAX_INSTRUMENTS)
			ctx.addIssue({ code: 'custom', path: ['tools'], message: m.ttrial_error_instruments() });
	});
export type TrialInput = z.output<typeof trialSchema>;

export const trialUseSchema = z.object({
	instrumentId: z.uuid({ error: () => m.ttrial_error_instrument_unknown() }),
	note: noBsn(freeText({ max: USE_NOTE_MAX_CHARS })).refine((v) => !v.includes('\n'), {
		error: () => m.ttrial_error_note_one_line()
	}),
	/** Where the tap came from: the trial page or the instrument's own page (TrialUseOffer). */
	source: z.enum(['tap', 'instrument']).default('tap'),
	/**
	 * Back to the instrument's page after "Telt mee voor de proef" (a path on this site only): a
	 * network tool, a feedback request, or a learning session that used the method.
	 */
	terug: z
		.string()
		.default('')
		.transform((v) =>
			/^\/(?:netwerk\/[0-9a-f-]{36}(?:\/(?:cirkel|ecogram|plan))?|feedback\/verzoeken\/[0-9a-f-]{36}|team\/sessies\/[0-9a-f-]{36})$/u.test(
				v
			)
				? v
				: ''
		)
});

/** The evaluation form has three fields per instrument: keep_<id>, worked_<id>, forWhom_<id>. */
export function trialEvaluationSchema(instrumentIds: string[]) {
	return z
		.object(
			Object.fromEntries(
				instrumentIds.flatMap((id) => [
					[`keep_${id}`, z.enum(KEEP_CHOICES, { error: () => m.ttrial_error_keep() })],
					[`worked_${id}`, noBsn(freeText({ max: 1000 }))],
					[`forWhom_${id}`, noBsn(freeText({ max: 500 }))]
				])
			) as Record<string, z.ZodType<string>>
		)
		.transform((v) =>
			instrumentIds.map((id) => ({
				instrumentId: id,
				keep: v[`keep_${id}`] as (typeof KEEP_CHOICES)[number],
				worked: v[`worked_${id}`],
				forWhom: v[`forWhom_${id}`]
			}))
		);
}
export type TrialAnswerInput = {
	instrumentId: string;
	keep: (typeof KEEP_CHOICES)[number];
	worked: string;
	forWhom: string;
};

export const trialConclusionSchema = z.object({
	conclusion: noBsn(freeText({ max: 2000, required: () => m.ttrial_error_conclusion() }))
});

const optionalUuid = z
	.union([z.literal(''), z.uuid()])
	.default('')
	.transform((v) => v || null);

export const storySchema = z.object({
	title: noBsn(freeText({ max: STORY_TITLE_MAX_CHARS, required: () => m.tstory_error_title() })),
	body: noBsn(freeText({ max: STORY_BODY_MAX_CHARS, required: () => m.tstory_error_body() })),
	instrument: z
		.union([z.literal(''), z.enum(INSTRUMENT_KINDS)], { error: () => m.tstory_error_instrument() })
		.default(''),
	themes: freeText({ max: 200 }),
	showName: z
		.string()
		.optional()
		.transform((v) => v === 'on' || v === 'ja'),
	trialId: optionalUuid
});
export type StoryInput = z.output<typeof storySchema>;

export const storySearchSchema = z.object({
	q: z
		.string()
		.max(200)
		.default('')
		.catch('')
		.transform((v) => v.trim()),
	instrument: z
		.union([z.literal(''), z.enum(INSTRUMENT_KINDS)])
		.default('')
		.catch('')
});
