import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, user } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { Mailer } from '../mail';
import { m } from '../../paraglide/messages';
import { requireRole } from './access';
import { organisationsOf } from './account-organisations';
import { issuePasswordReset } from './password-reset-link';

/**
 * An admin makes a single-use link with which a member of the organisation sets a new password.
 *
 * An account is global: a new password opens every organisation the person belongs to. So an admin
 * may only reset an account that belongs to their own organisation alone; anything else is for the
 * operator (`vakspiegel reset-password`). Once used, the person's private areas stay locked until
 * they have seen who reset the password and when (ADR 0010).
 */
export async function createPasswordReset(
	actor: Actor,
	db: Db,
	organisationId: string,
	membershipId: string,
	ctx: { origin: string; mailer: Mailer; validHours: number }
): Promise<{ url: string; emailed: boolean; email: string; expiresAt: Date }> {
	await requireRole(db, actor, organisationId, 'admin');
	const [member] = await db
		.select({ userId: user.id, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.id, membershipId), eq(membership.organisationId, organisationId)));
	if (!member) throw notFound();
	const elsewhere = (await organisationsOf(db, member.userId)).some((id) => id !== organisationId);
	if (elsewhere) throw new AppError('FORBIDDEN', m.error_reset_other_organisation());
	return issuePasswordReset(actor, db, { organisationId, userId: member.userId, email: member.email }, ctx);
}
