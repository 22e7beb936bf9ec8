import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { organisation } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireRole } from './access';

/**
 * An admin switches password sign-in on or off for the organisation's members. Off only while the
 * installation has a work-account provider: otherwise nobody could sign in at all.
 */
export async function setPasswordSignIn(
	actor: Actor,
	db: Db,
	input: { organisationId: string; allowed: boolean; workAccountConfigured: boolean }
): Promise<void> {
	await requireRole(db, actor, input.organisationId, 'admin');
	if (!input.allowed && !input.workAccountConfigured) throw new AppError('INVALID_INPUT', m.sso_not_configured());
	await db.transaction(async (tx) => {
		await tx
			.update(organisation)
			.set({ passwordSignIn: input.allowed, updatedAt: new Date() })
			.where(eq(organisation.id, input.organisationId));
		await writeAudit(tx, actor, {
			organisationId: input.organisationId,
			action: 'organisation.password_sign_in',
			subjectType: 'organisation',
			subjectId: input.organisationId,
			details: { allowed: input.allowed }
		});
	});
}
