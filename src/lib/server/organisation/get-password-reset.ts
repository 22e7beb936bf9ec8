import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passwordReset, user } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';

/** Checks a reset link without using it up (to show the form). */
export async function getPasswordReset(token: string, db: Db): Promise<{ email: string }> {
	const [row] = await db
		.select({ email: user.email, usedAt: passwordReset.usedAt, expiresAt: passwordReset.expiresAt })
		.from(passwordReset)
		.innerJoin(user, eq(user.id, passwordReset.userId))
		.where(eq(passwordReset.tokenHash, hashToken(token)));
	if (!row || row.usedAt || row.expiresAt <= new Date()) throw new AppError('NOT_FOUND', m.error_reset_invalid());
	return { email: row.email };
}
