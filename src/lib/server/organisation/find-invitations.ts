import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { invitation, type Role } from '../db/schema';
import { requireRole } from './access';
import { invitationStatus, type InvitationStatus } from './invitation-status';

export interface InvitationSummary {
	id: string;
	email: string;
	roles: Role[];
	status: InvitationStatus;
	expiresAt: Date;
	createdAt: Date;
}

export async function findInvitations(actor: Actor, db: Db, organisationId: string): Promise<InvitationSummary[]> {
	await requireRole(db, actor, organisationId, 'admin');
	const rows = await db
		.select()
		.from(invitation)
		.where(eq(invitation.organisationId, organisationId))
		.orderBy(desc(invitation.createdAt))
		.limit(200);
	return rows.map((r) => ({
		id: r.id,
		email: r.email,
		roles: r.roles,
		status: invitationStatus(r),
		expiresAt: r.expiresAt,
		createdAt: r.createdAt
	}));
}
