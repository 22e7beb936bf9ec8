import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, team, teamMember } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';

export interface TeamAccess {
	teamId: string;
	teamName: string;
	organisationId: string;
	membershipId: string;
	/** A member with the coach role: may chair sessions and start trials; sees nothing per worker. */
	isCoach: boolean;
}

/**
 * Team learning (sessions, trials, guides, the team mirror) is for the team's own members. Anyone
 * else — another team, another organisation, an admin who is not in the team — gets NOT_FOUND, so a
 * team's id does not even reveal that it exists. The system actor (CLI, demo seed) has no team.
 */
export async function requireTeamMember(db: Db, actor: Actor, teamId: string): Promise<TeamAccess> {
	if (actor.kind !== 'user') throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
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
		.where(
			and(
				eq(teamMember.teamId, teamId),
				eq(membership.userId, actor.userId),
				eq(membership.organisationId, team.organisationId)
			)
		);
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	const { roles, ...access } = row;
	return { ...access, isCoach: roles.includes('coach') };
}

/** The teams of the organisation the actor is a member of (none for the system actor). */
export async function findMyTeams(actor: Actor, db: Db, organisationId: string): Promise<TeamAccess[]> {
	if (actor.kind !== 'user') return [];
	const rows = await db
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
		.where(
			and(
				eq(membership.userId, actor.userId),
				eq(team.organisationId, organisationId),
				eq(membership.organisationId, organisationId)
			)
		)
		.orderBy(asc(team.name));
	return rows.map(({ roles, ...access }) => ({ ...access, isCoach: roles.includes('coach') }));
}
