import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, organisation } from '../db/schema';

export interface MyMembership {
	membershipId: string;
	organisationId: string;
	organisationName: string;
	isDemo: boolean;
	roles: string[];
}

/** The organisations the signed-in person belongs to, with their roles in each. */
export async function findMyMemberships(actor: Actor, db: Db): Promise<MyMembership[]> {
	if (actor.kind !== 'user') return [];
	return db
		.select({
			membershipId: membership.id,
			organisationId: organisation.id,
			organisationName: organisation.name,
			isDemo: organisation.isDemo,
			roles: membership.roles
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(membership.userId, actor.userId))
		.orderBy(asc(organisation.name));
}
