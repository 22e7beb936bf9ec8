import { z } from 'zod';

/**
 * A method for a learning session or intervisie is data, not code (one JSON file per built-in method
 * in ./methods/, and teams' or organisations' own copies in the database): phases with a title, who is
 * active, whether the inbrenger is in the room, suggested minutes, a prompt and what the phase
 * produces. Sessions keep a snapshot of the method they were started with.
 */
export const PHASE_ACTORS = ['everyone', 'inbrenger', 'group', 'voorzitter'] as const;
export type PhaseActor = (typeof PHASE_ACTORS)[number];

/** What the group writes down in a phase: nothing, notes, questions, advice, or a choice (take-aways). */
export const PHASE_PRODUCTS = ['nothing', 'notes', 'questions', 'advice', 'choice'] as const;
export type PhaseProduct = (typeof PHASE_PRODUCTS)[number];

const methodPhaseSchema = z.object({
	/** Stable within the method: a session's notes hang on it. */
	key: z.string().regex(/^[a-z0-9-]{1,40}$/u),
	title: z.string().trim().min(1).max(80),
	active: z.enum(PHASE_ACTORS),
	inbrengerInRoom: z.boolean(),
	minutes: z.number().int().min(1).max(180),
	prompt: z.string().trim().min(1).max(1500),
	produces: z.enum(PHASE_PRODUCTS)
});
export type MethodPhase = z.infer<typeof methodPhaseSchema>;

export const methodSchema = z
	.object({
		slug: z.string().regex(/^[a-z0-9-]{1,60}$/u),
		name: z.string().trim().min(1).max(80),
		/** One sentence for the method list. */
		summary: z.string().trim().min(1).max(300),
		/** When a team would choose this method. */
		whenToUse: z.string().trim().min(1).max(1500),
		/** A casus prepared by an inbrenger (intervisie), or a theme the whole group brings (leersessie). */
		needs: z.enum(['casus', 'dilemma', 'theme']),
		phases: z.array(methodPhaseSchema).min(2).max(15)
	})
	.refine((method) => new Set(method.phases.map((p) => p.key)).size === method.phases.length, {
		message: 'Elke fase heeft een eigen sleutel.',
		path: ['phases']
	});
export type Method = z.infer<typeof methodSchema>;

/** Minutes of the whole method, as suggested (the voorzitter may run shorter or longer). */
export const methodMinutes = (method: Pick<Method, 'phases'>): number =>
	method.phases.reduce((sum, phase) => sum + phase.minutes, 0);
