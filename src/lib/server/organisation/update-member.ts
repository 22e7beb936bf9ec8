import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { membership, teamMember, type Role } from '../db/schema';
import { notFound } from '../errors';
import { assertAnotherAdmin, requireRole } from './access';
import { assertTeamsInOrganisation } from './team-ids';

/** Sets a member's roles and teams. The last admin cannot give up the admin role. */
export async function updateMember(
	actor: Actor,
	db: Db,
	organisationId: string,
	membershipId: string,
	input: { roles: Role[]; teamIds: string[] }
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await assertTeamsInOrganisation(db, organisationId, input.teamIds);
	await db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(membership)
			.where(and(eq(membership.id, membershipId), eq(membership.organisationId, organisationId)));
		if (!current) throw notFound();
		if (current.roles.includes('admin') && !input.roles.includes('admin')) {
			await assertAnotherAdmin(tx, organisationId, membershipId);
		}
		await tx.update(membership).set({ roles: input.roles }).where(eq(membership.id, membershipId));
		await tx.delete(teamMember).where(eq(teamMember.membershipId, membershipId));
		if (input.teamIds.length) {
			await tx.insert(teamMember).values(input.teamIds.map((teamId) => ({ teamId, membershipId })));
		}
		await writeAudit(tx, actor, {
			organisationId,
			action: 'member.update',
			subjectType: 'membership',
			subjectId: membershipId,
			details: { roles: input.roles, teams: input.teamIds.length }
		});
	});
}
