import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, user } from '../db/schema';
import { requireRole } from '../organisation/access';
import { teamNamesByMember } from './member-teams';

export interface GroupCandidate {
	membershipId: string;
	name: string;
	teams: string[];
}

/**
 * Whom a coach or an admin can put in a learning group: the people of the organisation, with their
 * teams (names only), by name. null for anyone else: they may not make or change a group (NOT_FOUND
 * outside the organisation).
 */
export async function findGroupCandidates(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<GroupCandidate[] | null> {
	const me = await requireRole(db, actor, organisationId);
	if (!me || !(me.roles.includes('coach') || me.roles.includes('admin'))) return null;
	const people = await db
		.select({ membershipId: membership.id, name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
	const teamsOf = await teamNamesByMember(
		db,
		people.map((p) => p.membershipId)
	);
	return people.map((p) => ({
		...p,
		teams: teamsOf(p.membershipId)
	}));
}
