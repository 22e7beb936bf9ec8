import { z } from 'zod';
import { m } from '../paraglide/messages';
import { STANCES } from '../code/round';
import { CLOCK_TIME, freeText } from './text';

const day = () => z.iso.date({ error: () => m.code_round_error_date() });
const time = () => z.string().regex(CLOCK_TIME, { error: () => m.code_round_error_date() });

/** A new consultation round (editor). Day and time are read as Dutch time. */
export const codeRoundSchema = z
	.object({
		versionId: z.uuid({ error: () => m.code_round_error_version() }),
		question: freeText({ max: 500, required: () => m.code_round_error_question() }),
		opensDay: day(),
		opensTime: time(),
		closesDay: day(),
		closesTime: time(),
		audience: z.enum(['organisation', 'teams', 'link'], { error: () => m.code_round_error_audience() }),
		teamIds: z
			.array(z.uuid({ error: () => m.code_round_error_teams() }))
			.max(50)
			.default([])
	})
	.superRefine((v, ctx) => {
		if (v.audience === 'teams' && v.teamIds.length === 0)
			ctx.addIssue({ code: 'custom', path: ['teamIds'], message: m.code_round_error_teams() });
	});
export type CodeRoundInput = z.output<typeof codeRoundSchema>;

/**
 * A reaction on one article (articleId) or on the whole text (articleId empty). The stance comes from
 * the button pressed; a reaction without a stance needs a comment or a proposal.
 */
export const codeReactionSchema = z
	.object({
		articleId: z.union([z.literal(''), z.uuid({ error: () => m.code_round_error_article() })]).default(''),
		stance: z.union([z.literal(''), z.enum(STANCES, { error: () => m.code_round_error_stance() })]).default(''),
		comment: freeText({ max: 2000 }),
		proposal: freeText({ max: 4000 })
	})
	.superRefine((v, ctx) => {
		if (!v.stance && !v.comment && !v.proposal)
			ctx.addIssue({ code: 'custom', path: ['stance'], message: m.code_round_error_stance() });
	});
export type CodeReactionInput = z.output<typeof codeReactionSchema>;

/** Sign the reactions with a name, or stay anonymous (sign = ""). Members sign with their account name. */
export const codeRoundSignSchema = z.object({
	sign: z.enum(['ja', 'nee']).default('nee'),
	name: freeText({ max: 120 })
});

/** An editor's answer (disposition) on one reaction (reactionId) or bundled per article (articleId). */
export const codeRoundAnswerSchema = z.object({
	reactionId: z.union([z.literal(''), z.uuid({ error: () => m.error_not_found() })]).default(''),
	articleId: z.union([z.literal(''), z.uuid({ error: () => m.error_not_found() })]).default(''),
	verdict: z.enum(['overgenomen', 'deels', 'niet'], { error: () => m.code_round_error_verdict() }),
	reason: freeText({ max: 2000, required: () => m.code_round_error_reason() })
});
