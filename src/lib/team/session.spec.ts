import { describe, expect, it } from 'vitest';
import { dutchDateTime, dutchDayAndTime, netMinutes } from './session';

describe('Dutch time in forms', () => {
	it('reads a day and a clock time as Dutch time, in winter and in summer', () => {
		expect(dutchDateTime('2026-12-10', '14:30').toISOString()).toBe('2026-12-10T13:30:00.000Z');
		expect(dutchDateTime('2026-07-01', '09:05').toISOString()).toBe('2026-07-01T07:05:00.000Z');
	});

	it('is right on the days the clocks change', () => {
		// 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
		expect(dutchDateTime('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(dutchDateTime('2026-03-29', '12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
		expect(dutchDateTime('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
	});

	it('gives back the same day and time it read', () => {
		for (const [day, time] of [
			['2026-12-10', '14:30'],
			['2026-07-01', '00:00'],
			['2026-10-25', '23:59'],
			['2027-01-01', '08:15']
		])
			expect(dutchDayAndTime(dutchDateTime(day, time))).toEqual({ day, time });
	});
});

describe('net minutes', () => {
	const start = new Date('2026-12-10T13:00:00Z');
	it('counts from start to end, breaks excluded, in whole minutes', () => {
		const s = { startedAt: start, endedAt: new Date('2026-12-10T14:30:20Z'), pausedAt: null, breakSeconds: 15 * 60 };
		expect(netMinutes(s)).toBe(75);
	});
	it('counts a running session up to now, a paused one up to the pause, a planned one as 0', () => {
		const running = { startedAt: start, endedAt: null, pausedAt: null, breakSeconds: 0 };
		expect(netMinutes(running, new Date('2026-12-10T13:40:00Z'))).toBe(40);
		const paused = { ...running, pausedAt: new Date('2026-12-10T13:20:00Z') };
		expect(netMinutes(paused, new Date('2026-12-10T13:40:00Z'))).toBe(20);
		expect(netMinutes({ ...running, startedAt: null })).toBe(0);
		expect(netMinutes({ ...running, breakSeconds: 3600 }, new Date('2026-12-10T13:10:00Z'))).toBe(0);
	});
});
