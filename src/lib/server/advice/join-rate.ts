import { RateLimiter } from '../rate-limit';

/**
 * How fast new participants may join one session (not a use case: the in-memory guard in front of
 * `joinAdviceSession`). Counted per session, not per source: a venue's Wi-Fi or a mobile carrier's
 * shared address (CGNAT) puts thousands of phones behind one address, and a national session must let
 * them all in. A whole room (5,000, the most a session holds) may join within a minute on one app
 * instance; a script that keeps joining gets no more than that a minute. Filling the room shuts nobody
 * out: in a full room a new phone takes the seat of a participant who never sent a tip or a dot
 * (`joinAdviceSession`), and the facilitator can lock the room and remove the empty joins.
 * Wrong codes are limited per source (`guess-limit.ts`): real phones do not guess.
 */
const JOINS_PER_SESSION = 5000;
const JOINS_PER_SESSION_WINDOW_MS = 60_000;

const perSession = new RateLimiter({ limit: JOINS_PER_SESSION, windowMs: JOINS_PER_SESSION_WINDOW_MS });

/** Counts one join attempt in session `code`; refused past the limit. */
export function takeJoinSlot(code: string): { allowed: boolean; retryAfterSeconds: number } {
	const bySession = perSession.allows(code);
	if (!bySession.allowed) return bySession;
	perSession.hit(code);
	return { allowed: true, retryAfterSeconds: 0 };
}
