/**
 * The built-in questionnaire "Vertrouwen" (licence-free; our own wording). Its six dimensions come
 * from the five Top-Ideeën of the Adviesvangers meeting (seed 000) plus the result question: did the
 * conversation help. The texts per resident language are in ./texts.
 */
export const DIMENSIONS = ['time', 'appointments', 'respect', 'understanding', 'ownIdeas', 'helped'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const TOP_SCORE = 5;
