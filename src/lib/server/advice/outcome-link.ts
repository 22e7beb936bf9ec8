/**
 * Where a session's public outcome page lives (not a use case). The token is its own random value,
 * not the join code: see the column `advice_session.outcome_token` and README, "Wat deden we met jullie
 * advies?".
 */
export const outcomePath = (token: string) => `/doe-mee/uitkomst/${token}`;

/** The shape of an outcome token (32 hex digits): anything else is not looked up. */
export const isOutcomeToken = (value: string) => /^[0-9a-f]{32}$/u.test(value);
