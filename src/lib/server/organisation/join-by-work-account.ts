import { and, eq, gt, isNull } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { invitation } from '../db/schema';
import { joinInvitedOrganisation } from './accept-invitation';

/**
 * A person who signed in with a work account for the first time accepts every open invitation to
 * their address. Only called for an account the work-account sign-in just made, from a verified ID
 * token of the configured tenant with an address in one of its domains (auth/work-account.ts).
 * Each invitation is claimed with one atomic update, so it works once.
 */
export async function joinByWorkAccount(actor: UserActor, db: Db): Promise<{ organisationIds: string[] }> {
	return db.transaction(async (tx) => {
		const now = new Date();
		const claimed = await tx
			.update(invitation)
			.set({ acceptedAt: now, acceptedBy: actor.userId })
			.where(
				and(
					eq(invitation.email, actor.email.toLowerCase()),
					isNull(invitation.acceptedAt),
					isNull(invitation.revokedAt),
					gt(invitation.expiresAt, now)
				)
			)
			.returning();
		for (const row of claimed) {
			await joinInvitedOrganisation(tx, actor, { view: row, userId: actor.userId, newAccount: true });
		}
		return { organisationIds: [...new Set(claimed.map((row) => row.organisationId))] };
	});
}
