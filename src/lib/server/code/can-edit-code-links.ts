import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireRole } from '../organisation/access';

/**
 * Who may tie residents' voice (advice top ideas) to the code: an editor of the code. Until the
 * "redacteur" role exists that is an admin; widen it here, in one place. Throws FORBIDDEN for another
 * member and NOT_FOUND outside the organisation.
 */
export async function requireCodeLinkEditor(db: Db, actor: Actor, organisationId: string): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
}

/** The same rule as a yes/no, for showing the editor's forms. */
export async function canEditCodeLinks(db: Db, actor: Actor, organisationId: string): Promise<boolean> {
	try {
		await requireCodeLinkEditor(db, actor, organisationId);
		return true;
	} catch {
		return false;
	}
}
