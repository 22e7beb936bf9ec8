import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { invitation } from '../db/schema';
import { notFound } from '../errors';
import { requireRole } from './access';

export async function revokeInvitation(
	actor: Actor,
	db: Db,
	organisationId: string,
	invitationId: string
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await db.transaction(async (tx) => {
		const revoked = await tx
			.update(invitation)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(invitation.id, invitationId),
					eq(invitation.organisationId, organisationId),
					isNull(invitation.acceptedAt),
					isNull(invitation.revokedAt)
				)
			)
			.returning({ id: invitation.id });
		if (revoked.length === 0) throw notFound();
		await writeAudit(tx, actor, {
			organisationId,
			action: 'invitation.revoke',
			subjectType: 'invitation',
			subjectId: invitationId
		});
	});
}
