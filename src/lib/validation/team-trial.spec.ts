import { describe, expect, it } from 'vitest';
import { storySchema, trialSchema, trialUseSchema } from './team-trial';

const teamId = '00000000-0000-4000-8000-000000000000';
const base = { teamId, startsOn: '2026-12-01', endsOn: '2026-12-31', methodRef: '', ownName: '', ownDescription: '' };

describe('trialSchema', () => {
	it('takes two or three instruments, no fewer, no more', () => {
		expect(trialSchema.safeParse({ ...base, tools: ['ecogram'] }).success).toBe(false);
		expect(trialSchema.safeParse({ ...base, tools: ['ecogram', 'plan'] }).success).toBe(true);
		expect(trialSchema.safeParse({ ...base, tools: ['ecogram'], methodRef: 'builtin:balint' }).success).toBe(true);
		expect(trialSchema.safeParse({ ...base, tools: ['ecogram', 'plan', 'groslijst'], ownName: 'Eigen' }).success).toBe(
			false
		);
	});
	it('refuses an end before the start', () => {
		const r = trialSchema.safeParse({ ...base, tools: ['ecogram', 'plan'], endsOn: '2026-11-30' });
		expect(r.error?.issues[0].path).toEqual(['endsOn']);
	});
});

describe('trialUseSchema', () => {
	const instrumentId = '11111111-1111-4111-8111-111111111111';
	it('only goes back to a network page of this site', () => {
		const back = (terug: string) => trialUseSchema.parse({ instrumentId, note: '', terug }).terug;
		expect(back(`/netwerk/${instrumentId}/cirkel`)).toBe(`/netwerk/${instrumentId}/cirkel`);
		expect(back('https://evil.example/netwerk')).toBe('');
		expect(back(`//evil.example/netwerk/${instrumentId}`)).toBe('');
	});
	it('refuses a note that looks like a BSN', () => {
		expect(trialUseSchema.safeParse({ instrumentId, note: 'cliënt 123456782' }).success).toBe(false);
	});
});

describe('storySchema', () => {
	it('shows the name only when ticked', () => {
		expect(storySchema.parse({ title: 'T', body: 'B' }).showName).toBe(false);
		expect(storySchema.parse({ title: 'T', body: 'B', showName: 'ja' }).showName).toBe(true);
	});
});
