import { z } from 'zod';
import { m } from '../paraglide/messages';

/** The editor's answer on an article matched by text (confirm-article-match.ts). */
export const confirmMatchSchema = z.object({
	number: z
		.string()
		.max(40)
		.regex(/^\d+(?:\.\d+)*$/u, { error: () => m.code_version_error_no_match() }),
	decision: z.enum(['same', 'new'], { error: () => m.code_version_error_no_match() })
});

/** Publishing reads no field. */
export const publishVersionSchema = z.object({});
