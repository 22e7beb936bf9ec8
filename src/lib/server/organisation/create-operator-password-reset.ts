import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, user } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { noMail } from '../mail';
import { m } from '../../paraglide/messages';
import { issuePasswordReset } from './password-reset-link';

/**
 * The operator (command line, `vakspiegel reset-password`) makes a reset link for any account, also
 * one that belongs to several organisations: the operator can read the database anyway. The link is
 * printed, never e-mailed; each organisation of the account gets an audit row, and the person's
 * private areas stay locked until they confirm (ADR 0010).
 */
export async function createOperatorPasswordReset(
	actor: Actor,
	db: Db,
	email: string,
	ctx: { origin: string; validHours: number }
): Promise<{ url: string; expiresAt: Date; organisations: number }> {
	if (actor.kind !== 'system') throw forbidden();
	const address = email.trim().toLowerCase();
	const [person] = await db.select({ id: user.id }).from(user).where(eq(user.email, address));
	if (!person) throw new AppError('NOT_FOUND', m.error_reset_no_account({ email: address }));
	const orgs = await db
		.select({ organisationId: membership.organisationId })
		.from(membership)
		.where(eq(membership.userId, person.id))
		.orderBy(asc(membership.createdAt));
	if (orgs.length === 0) throw new AppError('NOT_FOUND', m.error_reset_no_account({ email: address }));
	const reset = await issuePasswordReset(
		actor,
		db,
		{ organisationId: orgs[0].organisationId, userId: person.id, email: address },
		{ ...ctx, mailer: noMail }
	);
	return { url: reset.url, expiresAt: reset.expiresAt, organisations: orgs.length };
}
