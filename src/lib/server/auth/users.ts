import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { account, session, user } from '../db/schema';
import { hashPassword } from './password';

/**
 * Creates a person with an e-mail + password credential in better-auth's tables. Not a use case:
 * callers (accept-invitation, create-admin) decide who may do this.
 */
export async function insertUserWithPassword(
	db: Db,
	input: { email: string; name: string; password: string }
): Promise<{ id: string }> {
	const id = randomUUID();
	// better-auth looks addresses up in lower case.
	const email = input.email.trim().toLowerCase();
	const passwordHash = await hashPassword(input.password);
	await db.insert(user).values({ id, email, name: input.name, emailVerified: true });
	await db.insert(account).values({
		id: randomUUID(),
		userId: id,
		accountId: id,
		providerId: 'credential',
		password: passwordHash
	});
	return { id };
}

/** Sets a new password and ends every session of that person, so an old session cannot live on. */
export async function replacePassword(db: Db, userId: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db
		.update(account)
		.set({ password: passwordHash, updatedAt: new Date() })
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
	await db.delete(session).where(eq(session.userId, userId));
}

export async function findUserByEmail(db: Db, email: string) {
	const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
	return row ?? null;
}
