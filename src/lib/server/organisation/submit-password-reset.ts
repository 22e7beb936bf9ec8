import { and, eq, gt, isNull } from 'drizzle-orm';
import { writeAudit } from '../audit';
import { replacePassword } from '../auth/users';
import type { Db } from '../db/client';
import { passwordReset, user } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';

/** Sets the new password once per link, and ends the person's other sessions. */
export async function submitPasswordReset(
	token: string,
	db: Db,
	input: { password: string }
): Promise<{ email: string }> {
	return db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(passwordReset)
			.set({ usedAt: new Date() })
			.where(
				and(
					eq(passwordReset.tokenHash, hashToken(token)),
					isNull(passwordReset.usedAt),
					gt(passwordReset.expiresAt, new Date())
				)
			)
			.returning({ userId: passwordReset.userId, organisationId: passwordReset.organisationId });
		if (!claimed) throw new AppError('NOT_FOUND', m.error_reset_invalid());
		await replacePassword(tx, claimed.userId, input.password);
		const [person] = await tx
			.select({ email: user.email, name: user.name })
			.from(user)
			.where(eq(user.id, claimed.userId));
		await writeAudit(
			tx,
			{ kind: 'user', userId: claimed.userId, email: person.email, name: person.name },
			{
				organisationId: claimed.organisationId,
				action: 'password_reset.use',
				subjectType: 'user',
				subjectId: claimed.userId
			}
		);
		return { email: person.email };
	});
}
