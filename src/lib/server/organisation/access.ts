import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, type Role } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { m } from '../../paraglide/messages';

export type Membership = typeof membership.$inferSelect;

/** The actor's membership of an organisation, or null. The system actor is no member of anything. */
export async function findMembership(db: Db, actor: Actor, organisationId: string): Promise<Membership | null> {
	if (actor.kind !== 'user') return null;
	const [row] = await db
		.select()
		.from(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, actor.userId)));
	return row ?? null;
}

/**
 * Throws unless the actor may act in the organisation with one of the given roles (any role when
 * none are given). The system actor (CLI) may. Non-members get NOT_FOUND, so an id from another
 * organisation does not even reveal that it exists.
 */
export async function requireRole(
	db: Db,
	actor: Actor,
	organisationId: string,
	...roles: Role[]
): Promise<Membership | null> {
	if (actor.kind === 'system') return null;
	const found = await findMembership(db, actor, organisationId);
	if (!found) throw new AppError('NOT_FOUND', m.error_not_found());
	if (roles.length > 0 && !roles.some((r) => found.roles.includes(r))) throw forbidden(m.error_forbidden());
	return found;
}

export function requireUser(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') throw new AppError('UNAUTHORIZED', m.error_sign_in_first());
}

/** An organisation must keep at least one admin: refuses to take the role from the last one. */
export async function assertAnotherAdmin(db: Db, organisationId: string, membershipId: string): Promise<void> {
	const [{ n }] = await db
		.select({ n: sql<number>`cast(count(*) as int)` })
		.from(membership)
		.where(
			and(
				eq(membership.organisationId, organisationId),
				ne(membership.id, membershipId),
				sql`'admin' = any(${membership.roles})`
			)
		);
	if (n === 0) throw new AppError('CONFLICT', m.error_last_admin());
}
