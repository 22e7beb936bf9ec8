import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, team, teamMember } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';

export interface TeamAccess {
	teamId: string;
	teamName: string;
	organisationId: string;
	membershipId: string;
	/** A member with the coach role: may chair sessions and start trials; sees nothing per worker. */
	isCoach: boolean;
}

/** The actor's team memberships, joined with the team and the organisation membership. */
function teamMemberships(db: Db, userId: string, where: SQL | undefined) {
	return db
		.select({
			teamId: team.id,
			teamName: team.name,
			organisationId: team.organisationId,
			membershipId: membership.id,
			roles: membership.roles
		})
		.from(teamMember)
		.innerJoin(team, eq(team.id, teamMember.teamId))
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.where(and(eq(membership.userId, userId), eq(membership.organisationId, team.organisationId), where))
		.orderBy(asc(team.name));
}

const withCoach = ({ roles, ...access }: TeamAccess & { roles: string[] }): TeamAccess => ({
	...access,
	isCoach: roles.includes('coach')
});

/**
 * Team learning (sessions, trials, guides, the team mirror) is for the team's own members. Anyone
 * else — another team, another organisation, an admin who is not in the team — gets NOT_FOUND, so a
 * team's id does not even reveal that it exists. The system actor (CLI, demo seed) has no team.
 */
export async function requireTeamMember(db: Db, actor: Actor, teamId: string): Promise<TeamAccess> {
	if (actor.kind !== 'user' || !isUuid(teamId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await teamMemberships(db, actor.userId, eq(teamMember.teamId, teamId));
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	return withCoach({ ...row, isCoach: false });
}

/** The teams of the organisation the actor is a member of (none for the system actor). */
export async function findMyTeams(actor: Actor, db: Db, organisationId: string): Promise<TeamAccess[]> {
	if (actor.kind !== 'user') return [];
	const rows = await teamMemberships(db, actor.userId, eq(team.organisationId, organisationId));
	return rows.map((row) => withCoach({ ...row, isCoach: false }));
}
