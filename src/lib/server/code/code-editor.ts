import type { Actor } from '../actor';
import type { Db } from '../db/client';
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
