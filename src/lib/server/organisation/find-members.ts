import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, team, teamMember, user, type Role } from '../db/schema';
import { requireRole } from './access';

export interface Member {
	membershipId: string;
	userId: string;
	name: string;
	email: string;
	roles: Role[];
	teams: { id: string; name: string }[];
	joinedAt: Date;
}

/** Admins see who is in the organisation, with roles and teams. */
export async function findMembers(actor: Actor, db: Db, organisationId: string): Promise<Member[]> {
	await requireRole(db, actor, organisationId, 'admin');
	const rows = await db
		.select({
			membershipId: membership.id,
			userId: user.id,
			name: user.name,
			email: user.email,
			roles: membership.roles,
			joinedAt: membership.createdAt
		})
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
	const ids = rows.map((r) => r.membershipId);
	const teamRows = ids.length
		? await db
				.select({ membershipId: teamMember.membershipId, id: team.id, name: team.name })
				.from(teamMember)
				.innerJoin(team, eq(team.id, teamMember.teamId))
				.where(inArray(teamMember.membershipId, ids))
				.orderBy(asc(team.name))
		: [];
	return rows.map((r) => ({
		...r,
		teams: teamRows.filter((t) => t.membershipId === r.membershipId).map(({ id, name }) => ({ id, name }))
	}));
}
