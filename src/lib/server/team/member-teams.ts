import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { team, teamMember } from '../db/schema';

/** The names of the teams each of these memberships is in, by name (a learning group shows them per person). */
export async function teamNamesByMember(db: Db, membershipIds: string[]): Promise<(membershipId: string) => string[]> {
	const rows = membershipIds.length
		? await db
				.select({ membershipId: teamMember.membershipId, name: team.name })
				.from(teamMember)
				.innerJoin(team, eq(team.id, teamMember.teamId))
				.where(inArray(teamMember.membershipId, membershipIds))
				.orderBy(asc(team.name))
		: [];
	return (membershipId) => rows.filter((t) => t.membershipId === membershipId).map((t) => t.name);
}
