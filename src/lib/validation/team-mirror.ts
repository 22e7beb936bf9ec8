import { z } from 'zod';
import { m } from '../paraglide/messages';

const DIMENSION_KEYS = ['time', 'appointments', 'respect', 'understanding', 'ownIdeas', 'helped'] as const;

/**
 * "Deel met je team": the whole mirror, one dimension, or one feedback link. The form sends one
 * field `part`: "spiegel", "vraag:<key>" or "link:<uuid>".
 */
export const teamMirrorShareSchema = z.object({
	teamId: z.uuid(),
	part: z
		.string({ error: () => m.tmirror_share_part_required() })
		.max(60)
		.refine(
			(v) =>
				v === 'spiegel' ||
				(v.startsWith('vraag:') && (DIMENSION_KEYS as readonly string[]).includes(v.slice(6))) ||
				(v.startsWith('link:') && z.uuid().safeParse(v.slice(5)).success),
			{ error: () => m.tmirror_share_part_required() }
		)
});

/** The quotes a worker shows with one of their shares: "good:<response id>" or "better:<response id>". */
export const teamMirrorQuotesSchema = z.object({
	teamId: z.uuid(),
	shareId: z.uuid(),
	quotes: z
		.array(
			z
				.string()
				.regex(/^(good|better):[0-9a-f-]{36}$/u, { error: () => m.team_share_error_quote() })
				.transform((v) => {
					const [kind, responseId] = v.split(':') as ['good' | 'better', string];
					return { kind, responseId: responseId.toLowerCase() };
				})
		)
		.max(20, { error: () => m.team_share_error_too_many() })
		.default([])
});

export const teamMirrorUnshareSchema = z.object({ teamId: z.uuid(), shareId: z.uuid() });

export type TeamMirrorPart =
	{ kind: 'mirror' } | { kind: 'dimension'; dimension: string } | { kind: 'request'; requestId: string };

export function parseTeamMirrorPart(part: string): TeamMirrorPart {
	if (part.startsWith('vraag:')) return { kind: 'dimension', dimension: part.slice(6) };
	if (part.startsWith('link:')) return { kind: 'request', requestId: part.slice(5).toLowerCase() };
	return { kind: 'mirror' };
}
