import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, membership, teamGroupMember, teamMember, user } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireTeamMember } from './access';
import { requireGroupMember } from './group-access';

// A learning session belongs to a team or to a learning group across teams (team-group.ts). Both
// are decided here in one place: who is a member, whom a session may invite, which sessions are
// "the same group" for the follow-up. The rest of the session code asks the owner, not the team.

/** Which team or group, as a session row or a form names it: exactly one of the two is set. */
export interface SessionOwnerRef {
	teamId: string | null;
	groupId: string | null;
}

export interface OwnerAccess extends SessionOwnerRef {
	/** The team's or the group's name. */
	ownerName: string;
	organisationId: string;
	/** The actor's membership in the owner's organisation. */
	membershipId: string;
	isCoach: boolean;
}

/** The owner ref of a team's sessions. */
export const teamOwner = (teamId: string): SessionOwnerRef => ({ teamId, groupId: null });

/** requireTeamMember for a team, requireGroupMember for a group: anyone else gets NOT_FOUND. */
export async function requireOwnerMember(db: Db, actor: Actor, owner: SessionOwnerRef): Promise<OwnerAccess> {
	if (owner.groupId) {
		const g = await requireGroupMember(db, actor, owner.groupId);
		return { ...g, teamId: null, ownerName: g.groupName };
	}
	if (owner.teamId) {
		const t = await requireTeamMember(db, actor, owner.teamId);
		return { ...t, groupId: null, ownerName: t.teamName };
	}
	throw new AppError('NOT_FOUND', m.error_not_found());
}

/** The sessions of the same owner (for lists and the follow-up). */
export function sameOwner(owner: SessionOwnerRef): SQL {
	if (owner.groupId) return eq(learningSession.groupId, owner.groupId);
	return owner.teamId ? eq(learningSession.teamId, owner.teamId) : sql`false`;
}

/** Which of `membershipIds` are members of the owner (a session invites only those). */
export async function ownerMembersAmong(db: Db, owner: SessionOwnerRef, membershipIds: string[]): Promise<string[]> {
	if (!membershipIds.length) return [];
	const rows = owner.groupId
		? await db
				.select({ id: teamGroupMember.membershipId })
				.from(teamGroupMember)
				.where(and(eq(teamGroupMember.groupId, owner.groupId), inArray(teamGroupMember.membershipId, membershipIds)))
		: await db
				.select({ id: teamMember.membershipId })
				.from(teamMember)
				.where(and(eq(teamMember.teamId, owner.teamId ?? ''), inArray(teamMember.membershipId, membershipIds)));
	return rows.map((r) => r.id);
}

/** The owner's members with their names and roles, by name. */
export async function ownerMembers(db: Db, owner: SessionOwnerRef) {
	const base = { membershipId: membership.id, name: user.name, roles: membership.roles };
	if (owner.groupId)
		return db
			.select(base)
			.from(teamGroupMember)
			.innerJoin(membership, eq(membership.id, teamGroupMember.membershipId))
			.innerJoin(user, eq(user.id, membership.userId))
			.where(eq(teamGroupMember.groupId, owner.groupId))
			.orderBy(asc(user.name));
	return db
		.select(base)
		.from(teamMember)
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(teamMember.teamId, owner.teamId ?? ''))
		.orderBy(asc(user.name));
}
