import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, teamGroup, teamGroupMember } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';

export interface GroupAccess {
	groupId: string;
	groupName: string;
	organisationId: string;
	/** The actor's membership in the group's organisation. */
	membershipId: string;
	isCoach: boolean;
}

/** The actor's group memberships, joined with the group and the organisation membership. */
function groupMemberships(db: Db, userId: string, where: SQL | undefined) {
	return db
		.select({
			groupId: teamGroup.id,
			groupName: teamGroup.name,
			organisationId: teamGroup.organisationId,
			membershipId: membership.id,
			roles: membership.roles
		})
		.from(teamGroupMember)
		.innerJoin(teamGroup, eq(teamGroup.id, teamGroupMember.groupId))
		.innerJoin(membership, eq(membership.id, teamGroupMember.membershipId))
		.where(and(eq(membership.userId, userId), eq(membership.organisationId, teamGroup.organisationId), where))
		.orderBy(asc(teamGroup.name));
}

const withCoach = ({ roles, ...access }: Omit<GroupAccess, 'isCoach'> & { roles: string[] }): GroupAccess => ({
	...access,
	isCoach: roles.includes('coach')
});

/**
 * A learning group across teams is for its own members, as a team is for its members (access.ts).
 * Anyone else — a colleague in the same organisation, a member of one of the members' teams, an
 * admin of this or another organisation who is not in the group — gets NOT_FOUND.
 */
export async function requireGroupMember(db: Db, actor: Actor, groupId: string): Promise<GroupAccess> {
	if (actor.kind !== 'user' || !isUuid(groupId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await groupMemberships(db, actor.userId, eq(teamGroupMember.groupId, groupId));
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	return withCoach(row);
}

/** The groups of the organisation the actor is a member of (none for the system actor). */
export async function findMyGroups(actor: Actor, db: Db, organisationId: string): Promise<GroupAccess[]> {
	if (actor.kind !== 'user') return [];
	const rows = await groupMemberships(db, actor.userId, eq(teamGroup.organisationId, organisationId));
	return rows.map(withCoach);
}
