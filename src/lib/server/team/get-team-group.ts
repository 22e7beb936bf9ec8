import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, teamGroup } from '../db/schema';
import { requireGroupMember, type GroupAccess } from './group-access';
import { teamNamesByMember } from './member-teams';
import { ownerMembers } from './session-owner';

export interface TeamGroupView {
	id: string;
	name: string;
	description: string;
	/** Names and teams only: a group shows who is in it, nothing per worker. */
	members: { membershipId: string; name: string; teams: string[]; me: boolean }[];
	/** The actor is a coach or an admin: may change the name and the members. */
	canManage: boolean;
}

/** A coach or an admin of the group's organisation who is in the group manages it. */
export async function mayManageGroup(db: Db, access: GroupAccess): Promise<boolean> {
	const [row] = await db
		.select({ roles: membership.roles })
		.from(membership)
		.where(eq(membership.id, access.membershipId));
	return !!row && (row.roles.includes('coach') || row.roles.includes('admin'));
}

/** A learning group across teams as its members see it. Anyone else: NOT_FOUND (group-access.ts). */
export async function getTeamGroup(actor: Actor, db: Db, groupId: string): Promise<TeamGroupView> {
	const access = await requireGroupMember(db, actor, groupId);
	const [group] = await db.select().from(teamGroup).where(eq(teamGroup.id, access.groupId));
	const members = await ownerMembers(db, { teamId: null, groupId: access.groupId });
	const teamsOf = await teamNamesByMember(
		db,
		members.map((p) => p.membershipId)
	);
	return {
		id: group.id,
		name: group.name,
		description: group.description,
		members: members.map((p) => ({
			membershipId: p.membershipId,
			name: p.name,
			teams: teamsOf(p.membershipId),
			me: p.membershipId === access.membershipId
		})),
		canManage: await mayManageGroup(db, access)
	};
}
