import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { team, teamMember } from '../db/schema';
import { requireRole } from '../organisation/access';

export interface TeamSummary {
	id: string;
	name: string;
	description: string;
	memberCount: number;
}

/** Every member of an organisation may see its teams (names only, no personal data). */
export async function findTeams(actor: Actor, db: Db, organisationId: string): Promise<TeamSummary[]> {
	await requireRole(db, actor, organisationId);
	return db
		.select({
			id: team.id,
			name: team.name,
			description: team.description,
			memberCount: sql<number>`cast(count(${teamMember.membershipId}) as int)`
		})
		.from(team)
		.leftJoin(teamMember, eq(teamMember.teamId, team.id))
		.where(eq(team.organisationId, organisationId))
		.groupBy(team.id)
		.orderBy(asc(team.name));
}
