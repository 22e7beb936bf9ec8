import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { insertUserWithPassword } from '../auth/users';
import type { Db } from '../db/client';
import { invitation, membership, team, teamMember } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { getInvitation, type InvitationView } from './get-invitation';

/**
 * Accepts an invitation: a new person chooses a name and password; a person who already has an
 * account must be signed in as that account (the invitation page signs them in with their own
 * password first). The token works once: claiming it is one atomic update.
 */
export async function acceptInvitation(
	token: string,
	actor: Actor | null,
	db: Db,
	input: { name?: string; password?: string }
): Promise<{ userId: string; organisationId: string; newAccount: boolean }> {
	const view = await getInvitation(token, db);
	if (view.existingUserId && !(actor?.kind === 'user' && actor.userId === view.existingUserId)) {
		throw new AppError('UNAUTHORIZED', m.error_invitation_sign_in({ email: view.email }));
	}
	if (!view.existingUserId && (!input.name || !input.password)) {
		throw new AppError('INVALID_INPUT', m.error_field_required());
	}
	try {
		return await claimAndJoin(token, actor, db, view, input);
	} catch (e) {
		// Two invitations for the same new address accepted at once: the second account insert hits
		// the unique address. The person can now use the first account's password (issue 12, finding 13).
		if (isUniqueViolation(e)) throw new AppError('CONFLICT', m.error_invitation_account_exists());
		throw e;
	}
}

function isUniqueViolation(e: unknown): boolean {
	for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
		if ((c as { code?: unknown }).code === '23505') return true;
	}
	return false;
}

async function claimAndJoin(
	token: string,
	actor: Actor | null,
	db: Db,
	view: InvitationView,
	input: { name?: string; password?: string }
): Promise<{ userId: string; organisationId: string; newAccount: boolean }> {
	return db.transaction(async (tx) => {
		const claimed = await tx
			.update(invitation)
			.set({ acceptedAt: new Date() })
			.where(
				and(
					eq(invitation.tokenHash, hashToken(token)),
					isNull(invitation.acceptedAt),
					isNull(invitation.revokedAt),
					gt(invitation.expiresAt, new Date())
				)
			)
			.returning({ id: invitation.id });
		if (claimed.length === 0) throw new AppError('NOT_FOUND', m.error_invitation_used());

		const newAccount = !view.existingUserId;
		const userId =
			view.existingUserId ??
			(await insertUserWithPassword(tx, { email: view.email, name: input.name!, password: input.password! })).id;
		await tx.update(invitation).set({ acceptedBy: userId }).where(eq(invitation.id, view.id));
		await joinInvitedOrganisation(tx, actor ?? { kind: 'user', userId, email: view.email, name: input.name ?? '' }, {
			view,
			userId,
			newAccount
		});
		return { userId, organisationId: view.organisationId, newAccount };
	});
}

/**
 * The membership, roles and teams an invitation grants, and its audit entry. Not a use case: the
 * callers (acceptInvitation, joinByWorkAccount) have claimed the invitation in the same transaction.
 */
export async function joinInvitedOrganisation(
	tx: Db,
	actor: Actor,
	input: {
		view: Pick<InvitationView, 'id' | 'organisationId' | 'roles' | 'teamIds'>;
		userId: string;
		newAccount: boolean;
	}
): Promise<void> {
	const { view, userId, newAccount } = input;
	const [existingMembership] = await tx
		.select()
		.from(membership)
		.where(and(eq(membership.organisationId, view.organisationId), eq(membership.userId, userId)));
	let membershipId: string;
	if (existingMembership) {
		const roles = [...new Set([...existingMembership.roles, ...view.roles])];
		await tx.update(membership).set({ roles }).where(eq(membership.id, existingMembership.id));
		membershipId = existingMembership.id;
	} else {
		const [created] = await tx
			.insert(membership)
			.values({ organisationId: view.organisationId, userId, roles: view.roles })
			.returning({ id: membership.id });
		membershipId = created.id;
	}
	// Teams may have been deleted since the invitation was made: join only those that still exist.
	const teams = view.teamIds.length
		? await tx.select({ id: team.id }).from(team).where(eq(team.organisationId, view.organisationId))
		: [];
	const teamIds = teams.map((t) => t.id).filter((id) => view.teamIds.includes(id));
	if (teamIds.length) {
		await tx
			.insert(teamMember)
			.values(teamIds.map((teamId) => ({ teamId, membershipId })))
			.onConflictDoNothing();
	}
	await writeAudit(tx, actor, {
		organisationId: view.organisationId,
		action: 'invitation.accept',
		subjectType: 'invitation',
		subjectId: view.id,
		details: { newAccount }
	});
}
