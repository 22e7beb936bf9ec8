import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { ownerMembers, requireOwnerMember, type SessionOwnerRef } from './session-owner';

export interface SessionTeamMember {
	membershipId: string;
	name: string;
	isCoach: boolean;
	me: boolean;
}

/**
 * The members of the team (or learning group), to invite to a session and to choose a voorzitter and
 * inbrenger from. Names only.
 */
export async function findSessionTeamMembers(
	actor: Actor,
	db: Db,
	owner: SessionOwnerRef
): Promise<SessionTeamMember[]> {
	const access = await requireOwnerMember(db, actor, owner);
	const rows = await ownerMembers(db, access);
	return rows.map((r) => ({
		membershipId: r.membershipId,
		name: r.name,
		isCoach: r.roles.includes('coach'),
		me: r.membershipId === access.membershipId
	}));
}
