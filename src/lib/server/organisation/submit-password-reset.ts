import { and, eq, gt, isNull } from 'drizzle-orm';
import { replacePassword } from '../auth/users';
import type { Db } from '../db/client';
import { passwordReset, user } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { auditEveryOrganisation, organisationsOf } from './account-organisations';
import { isOperatorReset } from './password-reset-link';

/**
 * Sets the new password once per link, and ends the person's other sessions. A link an admin made
 * no longer works when the person has since joined another organisation: the new password would open
 * that organisation too (issue 12, finding 2).
 */
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
			.returning({
				id: passwordReset.id,
				userId: passwordReset.userId,
				organisationId: passwordReset.organisationId,
				createdBy: passwordReset.createdBy,
				createdByLabel: passwordReset.createdByLabel
			});
		if (!claimed) throw new AppError('NOT_FOUND', m.error_reset_invalid());
		if (!isOperatorReset(claimed)) {
			const elsewhere = (await organisationsOf(tx, claimed.userId)).some((id) => id !== claimed.organisationId);
			if (elsewhere) throw new AppError('FORBIDDEN', m.error_reset_link_other_organisation());
		}
		await replacePassword(tx, claimed.userId, input.password);
		const [person] = await tx
			.select({ email: user.email, name: user.name })
			.from(user)
			.where(eq(user.id, claimed.userId));
		await auditEveryOrganisation(
			tx,
			{ kind: 'user', userId: claimed.userId, email: person.email, name: person.name },
			claimed.userId,
			{
				action: 'password_reset.use',
				subjectType: 'user',
				subjectId: claimed.userId,
				details: { resetId: claimed.id }
			},
			[claimed.organisationId]
		);
		return { email: person.email };
	});
}
