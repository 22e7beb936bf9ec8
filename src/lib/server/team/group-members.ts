import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { membership } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';

/**
 * The members a group gets: the chosen memberships plus the actor's own (whoever manages a group is
 * in it, so an admin who leaves it no longer sees it). Every one must be a membership of the group's
 * organisation — an id from another organisation is refused, never added — and a group has 2 or more.
 */
export async function checkGroupMembers(
	db: Db,
	options: { organisationId: string; memberIds: string[]; actorMembershipId: string | null }
): Promise<string[]> {
	const wanted = new Set(options.memberIds);
	if (options.actorMembershipId) wanted.add(options.actorMembershipId);
	const found = wanted.size
		? await db
				.select({ id: membership.id })
				.from(membership)
				.where(and(eq(membership.organisationId, options.organisationId), inArray(membership.id, [...wanted])))
		: [];
	if (found.length !== wanted.size || wanted.size < 2)
		throw new AppError('INVALID_INPUT', m.team_group_error_members(), { memberIds: m.team_group_error_members() });
	return [...wanted];
}
