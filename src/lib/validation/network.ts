import { z } from 'zod';
import { m } from '../paraglide/messages';
import { freeText } from './text';
import { looksLikeFullName } from '../network/full-name';
import {
	ACTION_STATUSES,
	ACTION_WHO,
	CLIENT_ROLES,
	ENERGIES,
	NOTE_KINDS,
	RELATIONS,
	SECTORS,
	SUPPORTS
} from '../network/model';

const text = (max: number, required: () => string) => freeText({ max, required });
const optionalText = (max: number) => freeText({ max });
/** better-auth's user ids: letters and digits (never free text, so never a NUL byte in a query). */
const userId = () => z.string().regex(/^[A-Za-z0-9_-]{1,100}$/u, { error: () => m.network_error_co_worker() });
const id = () => z.uuid({ error: () => m.network_error_person() });
/** Empty select: null ("not set"). */
const optionalEnum = <T extends string>(values: readonly T[], message: () => string) =>
	z
		.enum(['', ...values] as [string, ...string[]], { error: message })
		.default('')
		.transform((v) => (v === '' ? null : (v as T)));

// A BSN is nine digits (possibly with dots or spaces); a casus label never needs one (AVG art. 87 Uitvoeringswet).
export const looksLikeBsn = (s: string) => /(?<!\d)\d(?:[\s.]?\d){8}(?!\d)/u.test(s);

export const networkCaseSchema = z
	.object({
		label: text(40, () => m.network_error_label()).refine((v) => !looksLikeBsn(v), {
			error: () => m.network_error_label_bsn()
		}),
		coWorkerUserIds: z.array(userId()).max(20).default([]),
		/** "Toch opslaan": the worker read the full-name warning and keeps the label. */
		confirmName: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true')
	})
	// A first name and surname ("Mohammed Karimi") is a warning, not a refusal: sent again with
	// "toch opslaan" ticked, the label is kept (issue 14).
	.superRefine((v, ctx) => {
		if (!v.confirmName && looksLikeFullName(v.label)) {
			ctx.addIssue({ code: 'custom', path: ['label'], message: m.network_practice_name_warning() });
		}
	});

/** The client's roles: the ticked boxes and one role in their own words. */
export const networkCaseRolesSchema = z.object({
	roles: z
		.array(z.enum(CLIENT_ROLES, { error: () => m.network_practice_error_role() }))
		.max(CLIENT_ROLES.length * 2)
		.default([]),
	other: optionalText(60)
});

/** The worker's reflection on their own practice map. */
export const practiceReflectionSchema = z.object({ reflection: optionalText(2000) });

/** The whole new set of workers on a casus: the ticked boxes. The domain checks who may be on it. */
export const networkCaseWorkersSchema = z.object({
	workerUserIds: z.array(userId()).max(100).default([])
});

export const networkPersonSchema = z.object({
	name: text(60, () => m.network_error_name()),
	remark: optionalText(200)
});

export const networkPlaceSchema = z
	.object({
		personId: id(),
		sector: optionalEnum(SECTORS, () => m.network_error_sector()),
		ring: z
			.enum(['', '1', '2', '3'], { error: () => m.network_error_ring() })
			.default('')
			.transform((v) => (v ? (Number(v) as 1 | 2 | 3) : null))
	})
	.refine((v) => (v.sector === null) === (v.ring === null), {
		error: () => m.network_error_place_both(),
		path: ['ring']
	});

export const networkRelationSchema = z.object({
	personId: id(),
	relation: optionalEnum(RELATIONS, () => m.network_error_relation()),
	energy: optionalEnum(ENERGIES, () => m.network_error_energy()),
	supports: z.array(z.enum(SUPPORTS, { error: () => m.network_error_support() })).default([])
});

export const networkPersonEditSchema = z.object({
	personId: id(),
	name: text(60, () => m.network_error_name()),
	remark: optionalText(200)
});

/**
 * The groslijst's page-wide save (Enter anywhere, "Alles opslaan", a row's "Opslaan"): a name typed in
 * the new-name field is added too; without one nothing is added. A remark without a name is refused,
 * so it is not dropped silently.
 */
export const networkPersonMaybeSchema = z
	.object({ name: optionalText(60), remark: optionalText(200) })
	.refine((v) => v.name !== '' || v.remark === '', { error: () => m.network_error_name(), path: ['name'] });

/** "Verwijderen" in a groslijst row: the rows travel as personId, so the one to delete is `remove`. */
export const networkPersonRemoveSchema = z.object({ remove: id() });

export const networkTieSchema = z.object({
	fromPersonId: id(),
	toPersonId: id(),
	relation: z.enum(RELATIONS, { error: () => m.network_error_relation() })
});

export const networkTieIdSchema = z.object({ tieId: z.uuid({ error: () => m.error_not_found() }) });

export const networkVersionSchema = z.object({ note: optionalText(200) });

export const networkGoalSchema = z.object({ text: text(300, () => m.network_error_goal_text()) });

export const networkGoalEditSchema = z.object({
	goalId: z.uuid({ error: () => m.network_error_goal() }),
	text: text(300, () => m.network_error_goal_text()),
	evaluation: optionalText(1000)
});

export const networkGoalIdSchema = z.object({ goalId: z.uuid({ error: () => m.network_error_goal() }) });

/** "wie" is one select: "client", "professional" or "person:<id>". */
export const networkActionSchema = z
	.object({
		goalId: z.uuid({ error: () => m.network_error_goal() }),
		who: z.string({ error: () => m.network_error_who() }).min(1, { error: () => m.network_error_who() }),
		professional: optionalText(80),
		what: text(300, () => m.network_error_what()),
		due: z
			.union([z.literal(''), z.iso.date({ error: () => m.network_error_due() })])
			.default('')
			.transform((v) => v || null)
	})
	.transform((v, ctx) => {
		const [who, personId] = v.who.startsWith('person:') ? ['person', v.who.slice(7)] : [v.who, null];
		if (
			!(ACTION_WHO as readonly string[]).includes(who) ||
			(personId !== null && !z.uuid().safeParse(personId).success)
		) {
			ctx.addIssue({ code: 'custom', message: m.network_error_who(), path: ['who'] });
			return z.NEVER;
		}
		return { ...v, who: who as (typeof ACTION_WHO)[number], personId };
	});

export const networkActionStatusSchema = z.object({
	actionId: z.uuid({ error: () => m.error_not_found() }),
	status: z.enum(ACTION_STATUSES, { error: () => m.network_error_status() })
});

export const networkActionIdSchema = z.object({ actionId: z.uuid({ error: () => m.error_not_found() }) });

export const networkNoteSchema = z.object({
	kind: z.enum(NOTE_KINDS, { error: () => m.network_error_note_kind() }),
	text: text(300, () => m.network_error_note())
});

export const networkNoteIdSchema = z.object({ noteId: z.uuid({ error: () => m.error_not_found() }) });
