import type { Actor, UserActor } from '../actor';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { isUuid } from '../ids';
import { findMembership, requireUser, type Membership } from '../organisation/access';
import { m } from '../../paraglide/messages';

// Not a use case: the one membership check of the development plan, the log and the exports. A plan
// is its worker's own, so only a signed-in person acts in it: the system actor (the CLI) is told to
// sign in, and anyone who is not a member (or an organisation id that is no id) gets the same
// NOT_FOUND as for something that does not exist, so a stranger learns nothing.

export async function requireMember(
	db: Db,
	actor: Actor,
	organisationId: string
): Promise<{ actor: UserActor; membership: Membership }> {
	requireUser(actor);
	if (!isUuid(organisationId)) throw notFound(m.error_not_found());
	const membership = await findMembership(db, actor, organisationId);
	if (!membership) throw notFound(m.error_not_found());
	return { actor, membership };
}
