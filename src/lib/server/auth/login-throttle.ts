import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';
import { hashToken } from '../tokens';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const BLOCK_MS = 15 * 60 * 1000;

const keyFor = (email: string) => hashToken(`login:${email.trim().toLowerCase()}`);

/** Until when sign-in for this address is blocked, or null. */
export async function blockedUntil(db: Db, email: string, now = new Date()): Promise<Date | null> {
	const [row] = await db
		.select()
		.from(loginThrottle)
		.where(eq(loginThrottle.key, keyFor(email)));
	return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/**
 * Counts a failed attempt per e-mail address (not per IP: a team office shares one). After
 * MAX_FAILURES within WINDOW_MS the address is blocked for BLOCK_MS.
 */
export async function recordFailure(db: Db, email: string, now = new Date()): Promise<void> {
	const key = keyFor(email);
	await db.transaction(async (tx) => {
		const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
		const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS;
		const failures = fresh ? 1 : row.failures + 1;
		const values = {
			failures,
			windowStartedAt: fresh ? now : row.windowStartedAt,
			blockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + BLOCK_MS) : null
		};
		if (row) await tx.update(loginThrottle).set(values).where(eq(loginThrottle.key, key));
		else await tx.insert(loginThrottle).values({ key, ...values });
	});
}

export async function clearFailures(db: Db, email: string): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, keyFor(email)));
}
