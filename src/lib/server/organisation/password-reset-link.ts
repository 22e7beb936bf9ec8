import { actorLabel, type Actor } from '../actor';
import type { Db } from '../db/client';
import { passwordReset } from '../db/schema';
import type { Mailer } from '../mail';
import { hashToken, newToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { auditEveryOrganisation } from './account-organisations';

/** Made by the command line (the operator), not by an admin in the app. */
export const isOperatorReset = (row: { createdBy: string | null; createdByLabel: string }) =>
	row.createdBy === null && row.createdByLabel.startsWith('systeem:');

/**
 * Not a use case: stores a reset link and sends or returns it. Callers decide who may do this
 * (createPasswordReset for an admin, the CLI for the operator).
 */
export async function issuePasswordReset(
	actor: Actor,
	db: Db,
	target: { organisationId: string; userId: string; email: string },
	ctx: { origin: string; mailer: Mailer; validHours: number }
): Promise<{ url: string; emailed: boolean; email: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + ctx.validHours * 60 * 60 * 1000);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(passwordReset)
			.values({
				organisationId: target.organisationId,
				userId: target.userId,
				tokenHash: hashToken(token),
				createdBy: actor.kind === 'user' ? actor.userId : null,
				createdByLabel: actor.kind === 'user' ? `${actor.name} (${actor.email})` : actorLabel(actor),
				locksPrivate: true,
				expiresAt
			})
			.returning({ id: passwordReset.id });
		await auditEveryOrganisation(
			tx,
			actor,
			target.userId,
			{ action: 'password_reset.create', subjectType: 'user', subjectId: target.userId, details: { resetId: row.id } },
			[target.organisationId]
		);
	});
	const url = `${ctx.origin}/wachtwoord/${token}`;
	const emailed = await ctx.mailer.send({
		to: target.email,
		subject: m.mail_reset_subject(),
		text: m.mail_reset_body({ url, hours: ctx.validHours })
	});
	return { url, emailed, email: target.email, expiresAt };
}
