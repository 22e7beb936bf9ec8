import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { findMembership, requireRole, type Membership } from '../organisation/access';

/**
 * Editors of an organisation's code (issue 17): an admin or a redacteur. They import, confirm and
 * publish versions and read drafts, run consultation rounds and their answers, and tie residents'
 * voice to articles. Not a use case: the check those use cases make first. Non-members get NOT_FOUND,
 * members without the role FORBIDDEN.
 */
export function requireCodeEditor(db: Db, actor: Actor, organisationId: string): Promise<Membership | null> {
	return requireRole(db, actor, organisationId, ...EDITOR_ROLES);
}

const EDITOR_ROLES = ['admin', 'redacteur'] as const;

export const isCodeEditor = (roles: readonly string[]) => EDITOR_ROLES.some((r) => roles.includes(r));

/** The same rule as a yes/no, for showing an editor's forms (false for a non-member too). */
export async function mayEditCode(db: Db, actor: Actor, organisationId: string): Promise<boolean> {
	if (actor.kind === 'system') return true;
	const me = await findMembership(db, actor, organisationId);
	return !!me && isCodeEditor(me.roles);
}

/**
 * An editor removes one row of the organisation's own (a link of residents' voice to an article):
 * `remove` deletes it scoped to the organisation and returns what it deleted. A malformed id, or one
 * of another organisation, is "not found" like a missing one.
 */
export async function removeAsEditor(
	actor: Actor,
	db: Db,
	options: { organisationId: string; id: string },
	remove: (id: string) => Promise<unknown[]>
): Promise<void> {
	await requireCodeEditor(db, actor, options.organisationId);
	if (!isUuid(options.id) || (await remove(options.id)).length === 0)
		throw new AppError('NOT_FOUND', m.error_not_found());
}
