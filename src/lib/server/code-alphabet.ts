/**
 * The letters and digits of every code a person types or reads aloud: feedback card codes
 * (feedback/codes.ts) and the join codes of advice sessions. No 0/O, 1/I/L, 5/S, 8/B, 2/Z: easy to
 * read from paper and to type on a phone.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
