import { z } from 'zod';
import { m } from '../paraglide/messages';
import { casusWarning } from '../team/casus-check';
import { SESSION_MOVES } from '../team/session';
import { CLOCK_TIME, freeText } from './text';

const uuid = (message: () => string) => z.uuid({ error: message });

export const learningSessionSchema = z.object({
	/** The session's team, or ... */
	teamId: z.union([z.literal(''), uuid(() => m.tsession_error_team())]).default(''),
	/** ... its learning group across teams (one of the two; the domain checks which the actor is in). */
	groupId: z.union([z.literal(''), uuid(() => m.tsession_error_team())]).default(''),
	methodRef: z
		.string()
		.regex(/^builtin:[a-z0-9-]{1,60}$|^custom:[0-9a-f-]{36}$/u, { error: () => m.tsession_error_method() }),
	theme: freeText({ max: 120 }),
	day: z.iso.date({ error: () => m.tsession_error_day() }),
	time: z.string().regex(CLOCK_TIME, { error: () => m.tsession_error_time() }),
	chairMembershipId: uuid(() => m.tsession_error_chair()),
	participantIds: z
		.array(uuid(() => m.tsession_error_participants()))
		.min(1, { error: () => m.tsession_error_participants() })
		.max(40),
	inbrengerMembershipId: z.union([z.literal(''), uuid(() => m.tsession_error_inbrenger())]).default('')
});
export type LearningSessionInput = z.output<typeof learningSessionSchema>;

const casusText = (max: number) => freeText({ max });

/**
 * The casus, with the same warning as the network casus form: a full name or a BSN is pointed out,
 * and sent again with "toch opslaan" ticked, the text is kept (a warning, not a refusal).
 */
export const sessionCasusSchema = z
	.object({
		happened: casusText(3000),
		did: casusText(3000),
		learn: casusText(1500),
		confirmWarning: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true')
	})
	.superRefine((v, ctx) => {
		if (v.confirmWarning) return;
		for (const field of ['happened', 'did', 'learn'] as const) {
			const warning = casusWarning(v[field]);
			if (warning)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: warning === 'bsn' ? m.tsession_casus_warning_bsn() : m.tsession_casus_warning_name()
				});
		}
	});

export const sessionEntrySchema = z.object({
	text: freeText({ max: 600, required: () => m.tsession_error_entry() })
});

export const sessionChoiceSchema = z.object({
	entryIds: z
		.array(uuid(() => m.tsession_error_choice()))
		.max(100)
		.default([])
});

export const sessionMoveSchema = z.object({
	move: z.enum(SESSION_MOVES, { error: () => m.tsession_error_move() }),
	/** The phase the voorzitter saw: a second tap on "next" does not skip a phase. */
	from: z.coerce
		.number({ error: () => m.tsession_error_move() })
		.int()
		.min(0)
		.max(20)
});

export const followUpSchema = z.object({
	followUpId: uuid(() => m.tsession_error_follow_up()),
	answer: freeText({ max: 2000, required: () => m.tsession_error_follow_up_answer() })
});
