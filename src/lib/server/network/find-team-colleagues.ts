import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, teamMember, user } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

export interface Colleague {
	userId: string;
	name: string;
}

/** Workers who share a team with the actor: the only people a casus can be co-assigned to. */
export async function findTeamColleagues(actor: Actor, db: Db, organisationId: string): Promise<Colleague[]> {
	requireUser(actor);
	const own = await requireRole(db, actor, organisationId, 'worker');
	if (!own) return [];
	const myTeams = db.select({ teamId: teamMember.teamId }).from(teamMember).where(eq(teamMember.membershipId, own.id));
	return db
		.selectDistinct({ userId: user.id, name: user.name })
		.from(teamMember)
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				inArray(teamMember.teamId, myTeams),
				eq(membership.organisationId, organisationId),
				ne(membership.userId, actor.userId),
				sql`'worker' = any(${membership.roles})`
			)
		)
		.orderBy(asc(user.name));
}
