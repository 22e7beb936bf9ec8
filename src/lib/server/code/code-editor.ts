import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireRole, type Membership } from '../organisation/access';

/**
 * Editors of an organisation's code (issue 17): an admin or a redacteur. Not a use case: the check
 * every round and disposition use case makes first. Non-members get NOT_FOUND, members FORBIDDEN.
 */
export function requireCodeEditor(db: Db, actor: Actor, organisationId: string): Promise<Membership | null> {
	return requireRole(db, actor, organisationId, 'admin', 'redacteur');
}

export const isCodeEditor = (roles: readonly string[]) => roles.includes('admin') || roles.includes('redacteur');
