import { z } from 'zod';
import { m } from '../paraglide/messages';
import { ACTIVITY_KINDS } from '../portfolio/model';
import { parseHours } from '../portfolio/progress';
import { CLOCK_TIME, freeText } from './text';

export const REFLECTION_MAX = 3000;

const optionalTime = z
	.string()
	.default('')
	.transform((v) => v.trim())
	.refine((v) => v === '' || CLOCK_TIME.test(v), { error: () => m.pfl_error_time() });

/**
 * One line of the activity log, typed by hand. Net hours as people write them ("1,5", "2", "1:30");
 * left empty with a start and an end, they are the time between the two. The category is checked
 * against the worker's register in the domain; the code link against the organisation's code.
 */
export const activitySchema = z
	.object({
		kind: z.enum(ACTIVITY_KINDS, { error: () => m.pfl_error_kind() }),
		title: freeText({ max: 160, required: () => m.pfl_error_title() }),
		occurredOn: z.iso.date({ error: () => m.pfl_error_date() }),
		startTime: optionalTime,
		endTime: optionalTime,
		hours: freeText({ max: 20 }),
		/** '' for "the category that goes with the kind" (the form's first choice, so it works without JS). */
		category: z
			.string()
			.default('')
			.refine((v) => /^[a-z_]{0,40}$/u.test(v), { error: () => m.pfl_error_category() }),
		accreditationId: freeText({ max: 60 }),
		methodName: freeText({ max: 120 }),
		chairName: freeText({ max: 120 }),
		participants: freeText({ max: 3000 }),
		evidence: freeText({ max: 500 }),
		reflection: freeText({ max: REFLECTION_MAX }),
		technisch: freeText({ max: REFLECTION_MAX }),
		normatief: freeText({ max: REFLECTION_MAX }),
		persoonlijk: freeText({ max: REFLECTION_MAX }),
		codeLink: z
			.string()
			.default('')
			.refine((v) => v === '' || /^(a:[0-9a-f-]{36}|k:[0-9A-Za-z.]{1,20})$/u.test(v), {
				error: () => m.code_link_error_unknown()
			})
	})
	.transform((v, ctx) => {
		let netMinutes = v.hours.trim() === '' ? null : parseHours(v.hours);
		if (v.hours.trim() !== '' && netMinutes === null) {
			ctx.addIssue({ code: 'custom', path: ['hours'], message: m.pfl_error_hours() });
			return z.NEVER;
		}
		if (v.startTime && v.endTime && v.endTime < v.startTime) {
			ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.pfl_error_end_before_start() });
			return z.NEVER;
		}
		if (netMinutes === null) {
			if (!v.startTime || !v.endTime) {
				ctx.addIssue({ code: 'custom', path: ['hours'], message: m.pfl_error_hours_missing() });
				return z.NEVER;
			}
			const [sh, sm] = v.startTime.split(':').map(Number);
			const [eh, em] = v.endTime.split(':').map(Number);
			netMinutes = eh * 60 + em - (sh * 60 + sm);
		}
		const { hours: _, participants, technisch, normatief, persoonlijk, ...rest } = v;
		return {
			...rest,
			netMinutes,
			participantNames: participants
				.split(/\n|;/u)
				.map((p) => p.trim())
				.filter(Boolean)
				.slice(0, 60),
			dimensions: {
				...(technisch ? { technisch } : {}),
				...(normatief ? { normatief } : {}),
				...(persoonlijk ? { persoonlijk } : {})
			}
		};
	});
export type ActivityInput = z.output<typeof activitySchema>;

/** "Toevoegen" on a suggestion: which source, and for a source without a measured time the hours. */
export const suggestionSchema = z
	.object({
		source: z.enum(['session', 'advice', 'round'], { error: () => m.pfl_error_suggestion() }),
		sourceId: z.uuid({ error: () => m.pfl_error_suggestion() }),
		hours: freeText({ max: 20 })
	})
	.transform((v, ctx) => {
		const netMinutes = v.hours.trim() === '' ? null : parseHours(v.hours);
		if (v.hours.trim() !== '' && netMinutes === null) {
			ctx.addIssue({ code: 'custom', path: ['hours'], message: m.pfl_error_hours() });
			return z.NEVER;
		}
		return { source: v.source, sourceId: v.sourceId, netMinutes };
	});
export type SuggestionInput = z.output<typeof suggestionSchema>;

/** The register and the first day of the current period. */
export const profileSchema = z.object({
	registerKey: z.string().regex(/^[a-z0-9-]{1,60}$/u, { error: () => m.pfl_error_register() }),
	periodStart: z.iso.date({ error: () => m.pfl_error_period_start() })
});
export type ProfileInput = z.output<typeof profileSchema>;

const wholeHours = /^\d{1,4}$/u;

/**
 * The admin's numbers for a register: `min-<category>` and `max-<category>` (empty: no maximum) per
 * category, and `totalMin` (empty: no total). Whole hours from 0 to 1000; which categories exist is
 * for the domain to check against the register.
 */
export const registerOverrideSchema = z
	.object({ registerKey: z.string().regex(/^[a-z0-9-]{1,60}$/u, { error: () => m.pfl_error_register() }) })
	.catchall(z.union([z.string(), z.array(z.string())]))
	.transform((v, ctx) => {
		const hours = (field: string, optional: boolean): number | null => {
			const raw = v[field];
			const text = typeof raw === 'string' ? raw.trim() : '';
			if (text === '' && optional) return null;
			if (!wholeHours.test(text) || Number(text) > 1000) {
				ctx.addIssue({ code: 'custom', path: [field], message: m.pfl_error_whole_hours() });
				return null;
			}
			return Number(text);
		};
		const categories: Record<string, { minHours: number; maxHours: number | null }> = {};
		for (const key of Object.keys(v)) {
			const found = /^min-([a-z_]{1,40})$/u.exec(key);
			if (!found) continue;
			const minHours = hours(key, false) ?? 0;
			const maxHours = hours(`max-${found[1]}`, true);
			if (maxHours !== null && maxHours < minHours)
				ctx.addIssue({ code: 'custom', path: [`max-${found[1]}`], message: m.pfl_error_max_below_min() });
			categories[found[1]] = { minHours, maxHours };
		}
		return { registerKey: v.registerKey, totalMinHours: hours('totalMin', true), categories };
	});
export type RegisterOverrideInput = z.output<typeof registerOverrideSchema>;
