import { describe, expect, it } from 'vitest';
import { evaluationOpen, trialStatus } from './trial';

describe('trialStatus', () => {
	const trial = { startsOn: '2026-12-01', endsOn: '2026-12-31' };
	it('is planned before the start day, running through the end day, ended after it', () => {
		expect(trialStatus(trial, '2026-11-30')).toBe('planned');
		expect(trialStatus(trial, '2026-12-01')).toBe('running');
		expect(trialStatus(trial, '2026-12-31')).toBe('running');
		expect(trialStatus(trial, '2027-01-01')).toBe('ended');
	});
});

describe('evaluationOpen', () => {
	it('opens on the end day', () => {
		expect(evaluationOpen({ endsOn: '2026-12-31' }, '2026-12-30')).toBe(false);
		expect(evaluationOpen({ endsOn: '2026-12-31' }, '2026-12-31')).toBe(true);
	});
});
