import { describe, expect, it } from 'vitest';
import { invitationStatus } from './invitation-status';

describe('invitationStatus', () => {
	const now = new Date('2026-11-23T12:00:00Z');
	const later = new Date('2026-11-30T12:00:00Z');
	it('accepted wins over everything, then revoked, then expired', () => {
		expect(invitationStatus({ acceptedAt: now, revokedAt: now, expiresAt: now }, now)).toBe('accepted');
		expect(invitationStatus({ acceptedAt: null, revokedAt: now, expiresAt: later }, now)).toBe('revoked');
		expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
		expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('open');
	});
});
