import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireRole } from '../organisation/access';

/**
 * Who may import, confirm and publish versions of an organisation's code, and read its drafts: for now
 * the organisation's admins (issue 17 adds a role "redacteur" next to them; widen it here, in one
 * place). Someone outside the organisation gets NOT_FOUND, a member without the role FORBIDDEN.
 */
export async function requireCodeEditor(db: Db, actor: Actor, organisationId: string): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
}
