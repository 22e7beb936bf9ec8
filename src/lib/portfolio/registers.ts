import { z } from 'zod';
import { ACTIVITY_KINDS, type RegisterRules } from './model';
import registerpleinAlgemeen from './registers/registerplein-algemeen.json';
import registerpleinSociaalWerk from './registers/registerplein-sociaal-werk.json';
import skj2024 from './registers/skj-2024.json';

const hours = z.number().min(0).max(1000);

const categorySchema = z.object({
	key: z.string().regex(/^[a-z_]+$/u),
	label: z.string().min(1),
	minHours: hours,
	maxHours: hours.nullable(),
	kinds: z.array(z.enum(ACTIVITY_KINDS)),
	requiresAccreditation: z.boolean().optional(),
	surplusTo: z.string().optional(),
	evidence: z.string().min(1)
});

export const registerRulesSchema = z
	.object({
		key: z.string().regex(/^[a-z0-9-]+$/u),
		name: z.string().min(1),
		version: z.string().min(1),
		source: z.string().min(1),
		periodYears: z.number().int().min(1).max(10),
		categories: z.array(categorySchema).min(1),
		totalMinHours: hours.nullable(),
		mayOffset: z.boolean(),
		minReflectionMeetingMinutes: z.number().int().min(0).max(600).nullable(),
		exclusions: z.array(z.string()),
		adminEditable: z.boolean()
	})
	.superRefine((r, ctx) => {
		const keys = new Set(r.categories.map((c) => c.key));
		if (keys.size !== r.categories.length) ctx.addIssue({ code: 'custom', message: 'dubbele categorie' });
		for (const c of r.categories) {
			if (c.surplusTo && !keys.has(c.surplusTo))
				ctx.addIssue({ code: 'custom', message: `${c.key}: onbekende categorie ${c.surplusTo}` });
			if (c.maxHours !== null && c.maxHours < c.minHours)
				ctx.addIssue({ code: 'custom', message: `${c.key}: maximum onder het minimum` });
			// Surplus moves on and on: a chain that comes back to where it started never ends.
			const seen = new Set([c.key]);
			for (let to = c.surplusTo; to; to = r.categories.find((x) => x.key === to)?.surplusTo) {
				if (seen.has(to)) {
					ctx.addIssue({ code: 'custom', message: `${c.key}: overschot loopt in een kring` });
					break;
				}
				seen.add(to);
			}
		}
	}) satisfies z.ZodType<RegisterRules>;

/**
 * The registers Vakspiegel ships: one JSON file per register and version in ./registers/, checked at
 * load. Imported one by one (not with Vite's glob) so the `vakspiegel` command loads them too.
 */
const FILES: Record<string, unknown> = {
	'registerplein-algemeen': registerpleinAlgemeen,
	'registerplein-sociaal-werk': registerpleinSociaalWerk,
	'skj-2024': skj2024
};

export const REGISTERS: readonly RegisterRules[] = Object.entries(FILES).map(([file, data]) => {
	const parsed = registerRulesSchema.safeParse(data);
	if (!parsed.success) throw new Error(`${file}.json: ${parsed.error.message}`);
	if (parsed.data.key !== file) throw new Error(`${file}.json: key ${parsed.data.key} past niet bij de bestandsnaam`);
	return parsed.data;
});

export const findRegister = (key: string): RegisterRules | undefined => REGISTERS.find((r) => r.key === key);
