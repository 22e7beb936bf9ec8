import { and, eq, gt, isNull } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { invitation, membership, organisationJoinDomain } from '../db/schema';
import { joinInvitedOrganisation } from './accept-invitation';

/**
 * A person who signed in with a work account for the first time accepts every open invitation to
 * their address. Only called for an account the work-account sign-in just made, from a verified ID
 * token of the configured tenant with an address in one of its domains (auth/work-account.ts).
 * Each invitation is claimed with one atomic update, so it works once.
 *
 * Without an open invitation, an address in a domain an organisation lets join (and one the provider
 * speaks for, `providerDomains`) makes the person a worker of that organisation, without a team.
 */
export async function joinByWorkAccount(
	actor: UserActor,
	db: Db,
	input: { providerDomains: string[] }
): Promise<{ organisationIds: string[] }> {
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
		if (claimed.length === 0) {
			const joined = await joinByDomain(tx, actor, input.providerDomains);
			return { organisationIds: joined ? [joined] : [] };
		}
		return { organisationIds: [...new Set(claimed.map((row) => row.organisationId))] };
	});
}

/** The organisation that lets the address's domain join, if any: a membership as worker, one audit entry. */
async function joinByDomain(tx: Db, actor: UserActor, providerDomains: string[]): Promise<string | null> {
	const address = actor.email.toLowerCase();
	const domain = address.slice(address.lastIndexOf('@') + 1);
	if (!address.includes('@') || !providerDomains.includes(domain)) return null;
	const [allowed] = await tx
		.select({ organisationId: organisationJoinDomain.organisationId })
		.from(organisationJoinDomain)
		.where(eq(organisationJoinDomain.domain, domain));
	if (!allowed) return null;
	const created = await tx
		.insert(membership)
		.values({ organisationId: allowed.organisationId, userId: actor.userId, roles: ['worker'] })
		.onConflictDoNothing()
		.returning({ id: membership.id });
	if (created.length === 0) return null;
	await writeAudit(tx, actor, {
		organisationId: allowed.organisationId,
		action: 'organisation.join_by_domain',
		subjectType: 'membership',
		subjectId: created[0].id,
		details: { domain }
	});
	return allowed.organisationId;
}
