import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { invitation, organisation, user, type Role } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { invitationStatus } from './invitation-status';

export interface InvitationView {
	id: string;
	organisationId: string;
	organisationName: string;
	email: string;
	roles: Role[];
	teamIds: string[];
	/** An account with this e-mail address exists already: the person signs in instead of choosing a password. */
	existingUserId: string | null;
	/** False: the organisation's members sign in with their work account only (set-password-sign-in.ts). */
	passwordSignIn: boolean;
}

/** Looks up an open invitation by the token from its link. Anyone holding the link may read it. */
export async function getInvitation(token: string, db: Db): Promise<InvitationView> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new AppError('NOT_FOUND', m.error_invitation_invalid());
	const [row] = await db
		.select({ inv: invitation, organisationName: organisation.name, passwordSignIn: organisation.passwordSignIn })
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(eq(invitation.tokenHash, hashToken(token)));
	if (!row) throw new AppError('NOT_FOUND', m.error_invitation_invalid());
	const status = invitationStatus(row.inv);
	if (status === 'accepted') throw new AppError('NOT_FOUND', m.error_invitation_used());
	if (status === 'expired') throw new AppError('NOT_FOUND', m.error_invitation_expired());
	if (status === 'revoked') throw new AppError('NOT_FOUND', m.error_invitation_invalid());
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, row.inv.email));
	return {
		id: row.inv.id,
		organisationId: row.inv.organisationId,
		organisationName: row.organisationName,
		email: row.inv.email,
		roles: row.inv.roles,
		teamIds: row.inv.teamIds,
		existingUserId: existing?.id ?? null,
		passwordSignIn: row.passwordSignIn
	};
}
