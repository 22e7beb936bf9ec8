import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { passwordReset } from '../db/schema';
import { requireUser } from './access';
import { auditEveryOrganisation } from './account-organisations';

/**
 * The person confirms that they saw who reset their password and when: their feedback mirror and
 * casussen open again. Written to the audit log of every organisation they belong to.
 */
export async function confirmPasswordReset(actor: Actor, db: Db): Promise<{ confirmed: number }> {
	requireUser(actor);
	return db.transaction(async (tx) => {
		const rows = await tx
			.update(passwordReset)
			.set({ confirmedAt: new Date() })
			.where(
				and(
					eq(passwordReset.userId, actor.userId),
					eq(passwordReset.locksPrivate, true),
					isNotNull(passwordReset.usedAt),
					isNull(passwordReset.confirmedAt)
				)
			)
			.returning({ id: passwordReset.id });
		if (rows.length > 0) {
			await auditEveryOrganisation(tx, actor, actor.userId, {
				action: 'password_reset.confirm',
				subjectType: 'user',
				subjectId: actor.userId,
				details: { resetIds: rows.map((r) => r.id) }
			});
		}
		return { confirmed: rows.length };
	});
}
