import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { membership, session } from '../db/schema';
import { notFound } from '../errors';
import { assertAnotherAdmin, requireRole } from './access';

/**
 * Removes a person from the organisation (and so from its teams). Their account stays, because they
 * may belong to another organisation; their sessions end so the removal takes effect at once.
 */
export async function deleteMember(actor: Actor, db: Db, organisationId: string, membershipId: string): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(membership)
			.where(and(eq(membership.id, membershipId), eq(membership.organisationId, organisationId)));
		if (!current) throw notFound();
		if (current.roles.includes('admin')) {
			await assertAnotherAdmin(tx, organisationId, membershipId);
		}
		await tx.delete(membership).where(eq(membership.id, membershipId));
		await tx.delete(session).where(eq(session.userId, current.userId));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'member.remove',
			subjectType: 'membership',
			subjectId: membershipId
		});
	});
}
