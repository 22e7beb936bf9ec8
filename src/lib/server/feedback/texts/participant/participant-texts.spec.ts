import { describe, expect, it } from 'vitest';
import { RESIDENT_LANGUAGES } from '..';
import { DEFAULT_GROUPS, participantTexts } from '.';
import { defaultGroupOf, defaultGroupLabels } from '../../../advice/groups';
import { refusalText, type ParticipantRefusal } from '../../../advice/participant-error';

const REFUSALS: ParticipantRefusal[] = [
	...(
		[
			'codeUnknown',
			'notStarted',
			'closed',
			'joinFirst',
			'group',
			'locked',
			'full',
			'tipsPhase',
			'votingPhase',
			'dotsInvalid',
			'votesChanged',
			'unknownItem'
		] as const
	).map((reason) => ({ reason })),
	{ reason: 'tooManyTips', max: 40 },
	{ reason: 'dotsTooMany', max: 3, total: 5, extra: 2 }
];

/** Every string a variant holds, its functions called with sample values. */
function everyText(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') return everyText((value as (...a: unknown[]) => unknown)('Thema X', 3, 2));
	if (value && typeof value === 'object') return Object.values(value).flatMap(everyText);
	return [];
}

describe('participant texts', () => {
	it.each(RESIDENT_LANGUAGES)('%s has every text, and every refusal in words', (language) => {
		const t = participantTexts(language);
		const all = everyText(t);
		expect(all.every((s) => s.trim().length > 0)).toBe(true);
		expect(all.join(' ')).not.toMatch(/undefined|\$\{|NaN|\[object/u);
		for (const refusal of REFUSALS) expect(refusalText(refusal, t.errors).trim()).not.toBe('');
		expect(refusalText({ reason: 'dotsTooMany', max: 3, total: 5, extra: 2 }, t.errors)).toMatch(/3.*5.*2/su);
		// The page's script fills these in: each placeholder once (twice for "extra" is fine), one number.
		expect(t.dotsLeft('{left}', 5)).toContain('{left}');
		expect(t.dotsOver('{extra}')).toContain('{extra}');
		expect(t.countDots(7).match(/\d+/gu)).toEqual(['7']);
		expect(t.tipCount(12).match(/\d+/gu)).toEqual(['12']);
		expect(t.dotMore('Bereikbaarheid')).toContain('Bereikbaarheid');
		expect(t.dotLess('Bereikbaarheid')).toContain('Bereikbaarheid');
		expect(t.dotMore('X')).not.toBe(t.dotLess('X'));
		for (const g of DEFAULT_GROUPS) expect(t.groups[g].one && t.groups[g].many).toBeTruthy();
	});

	it('Arabic is right-to-left, the others left-to-right, with the resident form’s language names', () => {
		for (const l of RESIDENT_LANGUAGES) expect(participantTexts(l).dir).toBe(l === 'ar' ? 'rtl' : 'ltr');
		expect(participantTexts('ar')).toMatchObject({ lang: 'ar', name: 'العربية' });
	});

	it('names one person by the singular group: "Ik doe mee als inwoner"', () => {
		const nl = participantTexts('nl');
		expect(`${nl.groupLegend} ${nl.groups.residents.one}`).toBe('Ik doe mee als inwoner');
		expect(nl.youAre(nl.groups.workers.one)).toBe('Je doet mee als sociaal werker.');
		expect(participantTexts('en').youAre('experience expert')).toBe('You take part as an experience expert.');
	});

	it('knows the default groups in Dutch and English, and leaves typed groups alone', () => {
		expect(defaultGroupLabels('nl').map(defaultGroupOf)).toEqual([...DEFAULT_GROUPS]);
		expect(defaultGroupLabels('en').map(defaultGroupOf)).toEqual([...DEFAULT_GROUPS]);
		expect(defaultGroupOf('Inwoners ')).toBe('residents');
		expect(defaultGroupOf('buurtbewoners')).toBeNull();
	});
});
