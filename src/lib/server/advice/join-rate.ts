import { RateLimiter } from '../rate-limit';

/**
 * How fast new participants may join one session (not a use case: the in-memory guard in front of
 * `joinAdviceSession`). A real room never reaches these numbers; a script does, within seconds.
 * Per source: 300 joins in 10 minutes, so a venue's Wi-Fi or a mobile carrier's shared address (CGNAT)
 * with hundreds of phones gets in, and one script fills no more than 300 seats before it must wait.
 * Per session: 600 joins a minute per app instance, for a script that comes from many addresses; the
 * facilitator then locks the room and removes the empty joins.
 */
const JOINS_PER_SOURCE = 300;
const JOINS_PER_SOURCE_WINDOW_MS = 10 * 60_000;
const JOINS_PER_SESSION = 600;
const JOINS_PER_SESSION_WINDOW_MS = 60_000;

const perSource = new RateLimiter({ limit: JOINS_PER_SOURCE, windowMs: JOINS_PER_SOURCE_WINDOW_MS });
const perSession = new RateLimiter({ limit: JOINS_PER_SESSION, windowMs: JOINS_PER_SESSION_WINDOW_MS });

/** Counts one join attempt of `source` (a sourceKey) in session `code`; refused past either limit. */
export function takeJoinSlot(code: string, source: string): { allowed: boolean; retryAfterSeconds: number } {
	const bySource = perSource.allows(`${code}:${source}`);
	if (!bySource.allowed) return bySource;
	const bySession = perSession.allows(code);
	if (!bySession.allowed) return bySession;
	perSource.hit(`${code}:${source}`);
	perSession.hit(code);
	return { allowed: true, retryAfterSeconds: 0 };
}
