import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamGroup, teamGroupMember } from '../db/schema';
import { requireRole } from '../organisation/access';
import type { TeamGroupInput } from '../../validation/team-group';
import { checkGroupMembers } from './group-members';

/**
 * A coach or an admin creates a learning group (leergroep, intervisiegroep) with members from
 * several teams of the organisation. The creator is a member; the members then plan sessions for the
 * group as a team does (create-learning-session.ts).
 */
export async function createTeamGroup(
	actor: Actor,
	db: Db,
	options: { organisationId: string; input: TeamGroupInput }
): Promise<{ id: string }> {
	const { organisationId, input } = options;
	const me = await requireRole(db, actor, organisationId, 'coach', 'admin');
	const memberIds = await checkGroupMembers(db, {
		organisationId,
		memberIds: input.memberIds,
		actorMembershipId: me?.id ?? null
	});
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(teamGroup)
			.values({ organisationId, name: input.name, description: input.description, createdByMembershipId: me?.id })
			.returning({ id: teamGroup.id });
		await tx.insert(teamGroupMember).values(memberIds.map((membershipId) => ({ groupId: row.id, membershipId })));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'team_group.create',
			subjectType: 'team_group',
			subjectId: row.id,
			details: { members: memberIds.length }
		});
		return row;
	});
}
