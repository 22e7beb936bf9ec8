import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { membership, passwordReset, user } from '../db/schema';
import { notFound } from '../errors';
import type { Mailer } from '../mail';
import { hashToken, newToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { requireRole } from './access';

/** An admin makes a single-use link with which a member of the organisation sets a new password. */
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
	const token = newToken();
	const expiresAt = new Date(Date.now() + ctx.validHours * 60 * 60 * 1000);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(passwordReset)
			.values({
				organisationId,
				userId: member.userId,
				tokenHash: hashToken(token),
				createdBy: actor.kind === 'user' ? actor.userId : null,
				expiresAt
			})
			.returning({ id: passwordReset.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'password_reset.create',
			subjectType: 'membership',
			subjectId: membershipId,
			details: { resetId: row.id }
		});
	});
	const url = `${ctx.origin}/wachtwoord/${token}`;
	const emailed = await ctx.mailer.send({
		to: member.email,
		subject: m.mail_reset_subject(),
		text: m.mail_reset_body({ url, hours: ctx.validHours })
	});
	return { url, emailed, email: member.email, expiresAt };
}
