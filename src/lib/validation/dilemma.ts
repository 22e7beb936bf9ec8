import { z } from 'zod';
import { m } from '../paraglide/messages';
import { casusWarning } from '../team/casus-check';
import { freeText } from './text';

/** Dilemma fields in the steps of moreel beraad, in the order the form asks them. */
export const DILEMMA_FIELDS = ['situation', 'question', 'options', 'choice', 'action'] as const;
export const DILEMMA_MAX = 3000;

/** A picker value (src/lib/code/link-target.ts): "a:<article id>" or "k:<kernwaarde number>". */
const linkValue = z
	.string()
	.regex(/^(a:[0-9a-f-]{36}|k:[0-9A-Za-z.]{1,20})$/u, { error: () => m.code_link_error_unknown() });
const linkValues = z.array(linkValue).max(40).default([]);

/**
 * A dilemma reflection. The same warning as the network and intervisie casus forms: a full name or a
 * BSN is pointed out, and with "toch opslaan" ticked the text is kept (a warning, not a refusal).
 */
export const dilemmaSchema = z
	.object({
		title: freeText({ max: 120, required: () => m.dilemma_error_title() }),
		situation: freeText({ max: DILEMMA_MAX }),
		question: freeText({ max: DILEMMA_MAX }),
		options: freeText({ max: DILEMMA_MAX }),
		choice: freeText({ max: DILEMMA_MAX }),
		action: freeText({ max: DILEMMA_MAX }),
		codeLinks: linkValues,
		confirmWarning: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true')
	})
	.superRefine((v, ctx) => {
		if (v.confirmWarning) return;
		for (const field of ['title', ...DILEMMA_FIELDS] as const) {
			const warning = casusWarning(v[field]);
			if (warning)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: warning === 'bsn' ? m.tsession_casus_warning_bsn() : m.tsession_casus_warning_name()
				});
		}
	});
export type DilemmaInput = z.output<typeof dilemmaSchema>;

export const codeLinksSchema = z.object({
	codeLinks: linkValues
});
