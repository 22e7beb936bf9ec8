export type InvitationStatus = 'open' | 'accepted' | 'expired' | 'revoked';

/** Where an invitation stands at `now`: accepted or revoked before expired. */
export function invitationStatus(
	row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
	now = new Date()
): InvitationStatus {
	if (row.acceptedAt) return 'accepted';
	if (row.revokedAt) return 'revoked';
	if (row.expiresAt <= now) return 'expired';
	return 'open';
}
