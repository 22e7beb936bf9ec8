import { describe, expect, it } from 'vitest';
import { takeJoinSlot } from './join-rate';
import { MAX_PARTICIPANTS } from './join-advice-session';

describe('takeJoinSlot', () => {
	it('lets a whole room join within a minute, then makes a script wait; other sessions go on', () => {
		const statuses = Array.from({ length: MAX_PARTICIPANTS }, () => takeJoinSlot('JOINRATE1').allowed);
		expect(statuses.every(Boolean)).toBe(true);
		const refused = takeJoinSlot('JOINRATE1');
		expect(refused.allowed).toBe(false);
		expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
		expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
		expect(takeJoinSlot('JOINRATE2').allowed).toBe(true);
	});
});
