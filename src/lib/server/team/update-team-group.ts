import { and, eq, notInArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamGroup, teamGroupMember } from '../db/schema';
import { forbidden } from '../errors';
import { m } from '../../paraglide/messages';
import type { TeamGroupInput } from '../../validation/team-group';
import { requireGroupMember } from './group-access';
import { checkGroupMembers } from './group-members';
import { mayManageGroup } from './get-team-group';

/**
 * A coach or an admin who is in the group changes its name, description and members. A member who
 * is taken out no longer opens the group or its sessions (their attendance lines stay theirs).
 */
export async function updateTeamGroup(
	actor: Actor,
	db: Db,
	options: { groupId: string; input: TeamGroupInput }
): Promise<{ id: string }> {
	const access = await requireGroupMember(db, actor, options.groupId);
	if (!(await mayManageGroup(db, access))) throw forbidden(m.team_group_error_not_manager());
	const memberIds = await checkGroupMembers(db, {
		organisationId: access.organisationId,
		memberIds: options.input.memberIds,
		actorMembershipId: access.membershipId
	});
	await db.transaction(async (tx) => {
		await tx
			.update(teamGroup)
			.set({ name: options.input.name, description: options.input.description })
			.where(eq(teamGroup.id, access.groupId));
		await tx
			.delete(teamGroupMember)
			.where(and(eq(teamGroupMember.groupId, access.groupId), notInArray(teamGroupMember.membershipId, memberIds)));
		await tx
			.insert(teamGroupMember)
			.values(memberIds.map((membershipId) => ({ groupId: access.groupId, membershipId })))
			.onConflictDoNothing();
		await writeAudit(tx, actor, {
			organisationId: access.organisationId,
			action: 'team_group.update',
			subjectType: 'team_group',
			subjectId: access.groupId,
			details: { members: memberIds.length }
		});
	});
	return { id: access.groupId };
}
