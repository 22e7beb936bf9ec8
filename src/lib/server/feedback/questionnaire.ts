/**
 * The built-in questionnaire "Vertrouwen" (licence-free; our own wording). Its six dimensions come
 * from the five Top-Ideeën of the Adviesvangers meeting (seed 000) plus the result question: did the
 * conversation help. The texts per resident language are in ./texts.
 */
export const DIMENSIONS = ['time', 'appointments', 'respect', 'understanding', 'ownIdeas', 'helped'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** 1 = not at all … 5 = very much; null = "weet ik niet / zeg ik liever niet". */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCALE)[number];

export const TOP_SCORE = 5;
