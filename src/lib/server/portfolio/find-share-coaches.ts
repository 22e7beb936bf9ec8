import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, user } from '../db/schema';
import { requirePlanOwner } from './goal-access';

export interface ShareCoach {
	membershipId: string;
	name: string;
}

/** The members of the organisation with the coach role a worker may share with (not themselves). */
export async function findShareCoaches(actor: Actor, db: Db, organisationId: string): Promise<ShareCoach[]> {
	const { actor: worker } = await requirePlanOwner(db, actor, organisationId);
	return db
		.select({ membershipId: membership.id, name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				eq(membership.organisationId, organisationId),
				ne(membership.userId, worker.userId),
				sql`'coach' = any(${membership.roles})`
			)
		)
		.orderBy(asc(user.name));
}
