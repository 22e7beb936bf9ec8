import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, teamMember, user } from '../db/schema';
import { requireTeamMember } from './access';

export interface SessionTeamMember {
	membershipId: string;
	name: string;
	isCoach: boolean;
	me: boolean;
}

/** The team's members, to invite to a session and to choose a voorzitter and inbrenger from. Names only. */
export async function findSessionTeamMembers(actor: Actor, db: Db, teamId: string): Promise<SessionTeamMember[]> {
	const access = await requireTeamMember(db, actor, teamId);
	const rows = await db
		.select({ membershipId: membership.id, name: user.name, roles: membership.roles })
		.from(teamMember)
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(teamMember.teamId, access.teamId))
		.orderBy(asc(user.name));
	return rows.map((r) => ({
		membershipId: r.membershipId,
		name: r.name,
		isCoach: r.roles.includes('coach'),
		me: r.membershipId === access.membershipId
	}));
}
