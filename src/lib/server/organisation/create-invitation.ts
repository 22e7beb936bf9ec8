import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { invitation, membership, organisation, user, type Role } from '../db/schema';
import { AppError } from '../errors';
import type { Mailer } from '../mail';
import { hashToken, newToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { requireRole } from './access';
import { assertTeamsInOrganisation } from './team-ids';

export interface CreatedInvitation {
	id: string;
	/** The link; shown once to the admin when it could not be e-mailed. */
	url: string;
	emailed: boolean;
	expiresAt: Date;
}

export async function createInvitation(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: { email: string; roles: Role[]; teamIds: string[] },
	ctx: { origin: string; mailer: Mailer; validDays: number }
): Promise<CreatedInvitation> {
	await requireRole(db, actor, organisationId, 'admin');
	await assertTeamsInOrganisation(db, organisationId, input.teamIds);
	const [already] = await db
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(user.email, input.email)));
	if (already) throw new AppError('CONFLICT', m.error_already_member(), { email: m.error_already_member() });

	const token = newToken();
	const expiresAt = new Date(Date.now() + ctx.validDays * 24 * 60 * 60 * 1000);
	const row = await db.transaction(async (tx) => {
		const [created] = await tx
			.insert(invitation)
			.values({
				organisationId,
				email: input.email,
				roles: input.roles,
				teamIds: input.teamIds,
				tokenHash: hashToken(token),
				invitedBy: actor.kind === 'user' ? actor.userId : null,
				expiresAt
			})
			.returning({ id: invitation.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'invitation.create',
			subjectType: 'invitation',
			subjectId: created.id,
			details: { roles: input.roles }
		});
		return created;
	});
	const [org] = await db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	const url = `${ctx.origin}/uitnodiging/${token}`;
	const emailed = await ctx.mailer.send({
		to: input.email,
		subject: m.mail_invitation_subject({ organisation: org.name }),
		text: m.mail_invitation_body({ organisation: org.name, url, days: ctx.validDays })
	});
	return { id: row.id, url, emailed, expiresAt };
}
