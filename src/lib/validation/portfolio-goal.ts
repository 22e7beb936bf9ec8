import { z } from 'zod';
import { m } from '../paraglide/messages';
import { GOAL_STATUSES } from '../portfolio/model';
import { freeText } from './text';

export const GOAL_TEXT_MAX = 3000;

/** A learning goal as the worker writes it (issue 19): their own words, a status, a day to look back. */
export const goalSchema = z.object({
	title: freeText({ max: 200, required: () => m.pfg_error_title() }),
	description: freeText({ max: GOAL_TEXT_MAX }),
	status: z.enum(GOAL_STATUSES, { error: () => m.pfg_error_status() }).default('active'),
	reviewOn: z
		.union([z.literal(''), z.iso.date({ error: () => m.pfg_error_review_on() })])
		.default('')
		.transform((v) => v || null),
	dimension: z
		.union([z.literal(''), z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/u, { error: () => m.pfg_error_dimension() })])
		.default('')
		.transform((v) => v || null),
	lookBack: freeText({ max: GOAL_TEXT_MAX })
});
export type GoalInput = z.output<typeof goalSchema>;

/** One piece of evidence as the picker sends it: "<kind>:<id>[:<more>]" (see portfolio/evidence-value.ts). */
export const evidenceSchema = z.object({
	evidence: z
		.string({ error: () => m.pfg_error_evidence() })
		.regex(/^[a-z_]{4,20}:[A-Za-z0-9_.:-]{1,120}$/u, { error: () => m.pfg_error_evidence() })
});

export const removeEvidenceSchema = z.object({
	evidenceId: z.uuid({ error: () => m.pfg_error_evidence() })
});

/** Share one goal, or the whole plan, with a coach of the organisation. */
export const shareSchema = z.object({
	coachMembershipId: z.uuid({ error: () => m.pfg_error_coach() }),
	scope: z.enum(['goal', 'plan'], { error: () => m.pfg_error_scope() }).default('goal')
});

export const takeBackSchema = z.object({
	shareId: z.uuid({ error: () => m.pfg_error_share() })
});

/** Deleting a goal asks first: the box must be ticked (also without JavaScript). */
export const deleteGoalSchema = z.object({
	confirm: z.literal('ja', { error: () => m.pfg_error_confirm_delete() })
});
