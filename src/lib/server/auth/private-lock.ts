import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passwordReset } from '../db/schema';

/**
 * The worker's private areas: the feedback mirror (with its exports and recordings) and the network
 * casussen (with theirs). After a password reset they stay closed until the person confirms that
 * they saw who reset the password and when (ADR 0010).
 */
export const PRIVATE_PATH = /^\/(feedback|netwerk)(\/|$)/u;

/** Not a use case: whether a used reset link still waits for the person's confirmation. */
export async function isPrivateLocked(db: Db, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: passwordReset.id })
		.from(passwordReset)
		.where(
			and(
				eq(passwordReset.userId, userId),
				eq(passwordReset.locksPrivate, true),
				isNotNull(passwordReset.usedAt),
				isNull(passwordReset.confirmedAt)
			)
		)
		.limit(1);
	return !!row;
}
