import { describe, expect, it } from 'vitest';
import { adviceSessionSchema } from './advice';

const form = {
	question: 'Wat maakt dat je een sociaal werker vertrouwt?',
	explanation: '',
	groups: 'inwoners\nsociaal werkers',
	dotsPerPerson: '3',
	language: 'nl'
};

describe('adviceSessionSchema: the meeting', () => {
	it('is optional: empty fields give no meeting', () => {
		const parsed = adviceSessionSchema.parse({ ...form, meetingDay: '', meetingTime: '', meetingMinutes: '' });
		expect(parsed.meeting).toBeNull();
		expect(adviceSessionSchema.parse(form).meeting).toBeNull();
	});

	it('reads day and time as Dutch time, with minutes and place', () => {
		const parsed = adviceSessionSchema.parse({
			...form,
			meetingDay: '2026-06-15',
			meetingTime: '19:30',
			meetingMinutes: '120',
			meetingPlace: 'Wijkcentrum De Pijp'
		});
		expect(parsed.meeting).toEqual({
			at: new Date('2026-06-15T17:30:00Z'),
			minutes: 120,
			place: 'Wijkcentrum De Pijp'
		});
	});

	it('refuses a day without a time (and the other way round) and a duration out of bounds, on the right field', () => {
		const errors = (values: Record<string, string>) => {
			const result = adviceSessionSchema.safeParse({ ...form, ...values });
			return result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
		};
		expect(errors({ meetingDay: '2026-06-15' })).toEqual([expect.stringMatching(/^meetingTime: .*datum.*begintijd/u)]);
		expect(errors({ meetingTime: '19:30' })).toEqual([expect.stringMatching(/^meetingDay: /u)]);
		expect(errors({ meetingDay: '2026-06-15', meetingTime: '19:30', meetingMinutes: '5' })).toEqual([
			expect.stringMatching(/^meetingMinutes: .*15 en 480/u)
		]);
		expect(errors({ meetingDay: '2026-06-15', meetingTime: '25:00' })).toEqual([
			expect.stringMatching(/^meetingTime: .*tijd/u)
		]);
		expect(errors({ meetingDay: '2026-13-45', meetingTime: '19:30' })).toEqual([
			expect.stringMatching(/^meetingDay: .*datum/u)
		]);
	});
});
