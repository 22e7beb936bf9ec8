/**
 * Phases of an advice session (adviesvangen), moved by the facilitator; any phase can be reopened.
 * Kept free of imports: the database schema (and drizzle-kit) and the pages both use it.
 */
export const ADVICE_PHASES = ['preparing', 'tips', 'clustering', 'voting', 'top', 'closed'] as const;
export type AdvicePhase = (typeof ADVICE_PHASES)[number];

/** A tip is on the wall, waiting for the facilitator (moderation on), or hidden by them. */
export const TIP_STATUSES = ['visible', 'pending', 'hidden'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

/**
 * A group's own figures (its top themes, its dots, how far it agrees with other groups) show only
 * when at least this many of its members voted: with one or two voters they would show what one
 * person chose (issue 13, item 12). The overall ranking counts every dot.
 */
export const MIN_GROUP_VOTERS = 3;
