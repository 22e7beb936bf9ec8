/**
 * Phases of an advice session (adviesvangen), moved by the facilitator; any phase can be reopened.
 * Kept free of imports: the database schema (and drizzle-kit) and the pages both use it.
 */
export const ADVICE_PHASES = ['preparing', 'tips', 'clustering', 'voting', 'top', 'closed'] as const;
export type AdvicePhase = (typeof ADVICE_PHASES)[number];
