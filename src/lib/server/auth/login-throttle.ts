import { createHmac } from 'node:crypto';
import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';

/**
 * Sign-in throttling (issue 12, finding 12) with three counters, each per window of WINDOW_MS:
 * - per (address, source): PAIR_MAX attempts, then that source waits out the window for that
 *   address. A stranger elsewhere therefore cannot lock the real person out;
 * - per source over all addresses: SOURCE_MAX attempts (password spraying). High enough for a team
 *   office behind one address;
 * - per address over all sources: beyond ACCOUNT_MAX attempts (many sources at once), one attempt per
 *   ACCOUNT_SLOW_MS. A slow-down, never a lock.
 * An attempt is reserved with one atomic upsert per counter *before* the password is checked, so a
 * burst of parallel attempts can never check more than the limit. A successful sign-in gives its
 * reservation back. The source (the client address) is only kept as an HMAC with the instance's
 * secret, and only until its window has passed; it is never logged.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const PAIR_MAX = 5;
export const SOURCE_MAX = 50;
export const ACCOUNT_MAX = 30;
export const ACCOUNT_SLOW_MS = 5_000;

export type ThrottleVerdict = 'ok' | 'blocked' | 'slow';

export interface ThrottleKeys {
	pair: string;
	source: string;
	account: string;
}

export function throttleKeys(secret: string, email: string, source: string): ThrottleKeys {
	const address = email.trim().toLowerCase();
	const mac = (value: string) => createHmac('sha256', secret).update(value).digest('hex');
	return {
		pair: mac(`login-pair\u0000${address}\u0000${source}`),
		source: mac(`login-source\u0000${source}`),
		account: mac(`login-account\u0000${address}`)
	};
}

async function count(db: Db, key: string, now: Date) {
	const stale = sql`${loginThrottle.windowStartedAt} <= ${new Date(now.getTime() - WINDOW_MS).toISOString()}::timestamptz`;
	const [row] = await db
		.insert(loginThrottle)
		.values({ key, failures: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures: sql`(case when ${stale} then 1 else ${loginThrottle.failures} + 1 end)`,
				windowStartedAt: sql`(case when ${stale} then ${now.toISOString()}::timestamptz else ${loginThrottle.windowStartedAt} end)`
			}
		})
		.returning({ failures: loginThrottle.failures });
	return row.failures;
}

/** Past the ceiling: takes the address's next slot if the previous one has passed (one atomic update). */
async function takeSlot(db: Db, key: string, now: Date): Promise<boolean> {
	const taken = await db
		.update(loginThrottle)
		.set({ blockedUntil: new Date(now.getTime() + ACCOUNT_SLOW_MS) })
		.where(
			and(eq(loginThrottle.key, key), or(isNull(loginThrottle.blockedUntil), lte(loginThrottle.blockedUntil, now)))
		)
		.returning({ key: loginThrottle.key });
	return taken.length > 0;
}

/** Reserves one sign-in attempt, or says why not. Call before checking the password. */
export async function reserveAttempt(db: Db, keys: ThrottleKeys, now = new Date()): Promise<ThrottleVerdict> {
	if ((await count(db, keys.pair, now)) > PAIR_MAX) return 'blocked';
	if ((await count(db, keys.source, now)) > SOURCE_MAX) {
		await giveBack(db, [keys.pair]);
		return 'blocked';
	}
	if ((await count(db, keys.account, now)) > ACCOUNT_MAX && !(await takeSlot(db, keys.account, now))) {
		await giveBack(db, [keys.pair, keys.source, keys.account]);
		return 'slow';
	}
	return 'ok';
}

async function giveBack(db: Db, keys: string[]): Promise<void> {
	for (const key of keys) {
		await db
			.update(loginThrottle)
			.set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
			.where(eq(loginThrottle.key, key));
	}
}

/** After a successful sign-in: this source is trusted for this address again; nothing else counts it. */
export async function attemptSucceeded(db: Db, keys: ThrottleKeys): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, keys.pair));
	await giveBack(db, [keys.source, keys.account]);
}

/** Rows whose window has passed: the hashed source is kept no longer than its window. */
export async function forgetOldAttempts(db: Db, now = new Date()): Promise<number> {
	const gone = await db
		.delete(loginThrottle)
		.where(
			and(
				lt(loginThrottle.windowStartedAt, new Date(now.getTime() - WINDOW_MS)),
				or(isNull(loginThrottle.blockedUntil), lt(loginThrottle.blockedUntil, now))
			)
		)
		.returning({ key: loginThrottle.key });
	return gone.length;
}
