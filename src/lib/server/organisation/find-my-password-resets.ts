import { and, desc, eq, gt } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { passwordReset, user } from '../db/schema';
import { isPrivateLocked } from '../auth/private-lock';
import { requireUser } from './access';
import { isOperatorReset } from './password-reset-link';

export interface MyPasswordReset {
	createdAt: Date;
	/** The admin's name and address, or null when the operator made it on the command line. */
	createdBy: string | null;
	usedAt: Date | null;
	confirmedAt: Date | null;
}

/**
 * Every reset link made for the actor's own account in the last `days` days, newest first, and
 * whether their private areas are locked. A link the person did not ask for is how they learn that
 * someone else may have signed in as them (ADR 0010).
 */
export async function findMyPasswordResets(
	actor: Actor,
	db: Db,
	days = 90
): Promise<{ locked: boolean; resets: MyPasswordReset[] }> {
	requireUser(actor);
	const rows = await db
		.select({
			createdAt: passwordReset.createdAt,
			createdBy: passwordReset.createdBy,
			createdByLabel: passwordReset.createdByLabel,
			adminName: user.name,
			adminEmail: user.email,
			usedAt: passwordReset.usedAt,
			confirmedAt: passwordReset.confirmedAt
		})
		.from(passwordReset)
		.leftJoin(user, eq(user.id, passwordReset.createdBy))
		.where(
			and(
				eq(passwordReset.userId, actor.userId),
				gt(passwordReset.createdAt, new Date(Date.now() - days * 24 * 60 * 60 * 1000))
			)
		)
		.orderBy(desc(passwordReset.createdAt));
	return {
		locked: await isPrivateLocked(db, actor.userId),
		resets: rows.map((r) => ({
			createdAt: r.createdAt,
			createdBy: isOperatorReset(r)
				? null
				: r.adminEmail
					? `${r.adminName} (${r.adminEmail})`
					: r.createdByLabel || null,
			usedAt: r.usedAt,
			confirmedAt: r.confirmedAt
		}))
	};
}
