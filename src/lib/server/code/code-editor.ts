import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireRole, type Membership } from '../organisation/access';

/**
 * Editors of an organisation's code (issue 17): an admin or a redacteur. They import, confirm and
 * publish versions and read drafts, run consultation rounds and their answers, and tie residents'
 * voice to articles. Not a use case: the check those use cases make first. Non-members get NOT_FOUND,
 * members without the role FORBIDDEN.
 */
export function requireCodeEditor(db: Db, actor: Actor, organisationId: string): Promise<Membership | null> {
	return requireRole(db, actor, organisationId, 'admin', 'redacteur');
}

export const isCodeEditor = (roles: readonly string[]) => roles.includes('admin') || roles.includes('redacteur');

/** The same rule as a yes/no, for showing an editor's forms. */
export async function mayEditCode(db: Db, actor: Actor, organisationId: string): Promise<boolean> {
	try {
		await requireCodeEditor(db, actor, organisationId);
		return true;
	} catch {
		return false;
	}
}
