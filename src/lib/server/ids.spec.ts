import { describe, expect, it } from 'vitest';
import type { deleteAdviceTheme } from './advice/delete-advice-theme';
import { idFrom, type AdviceSessionId, type NetworkCaseId } from './ids';
import type { deleteNetworkGoal } from './network/delete-network-goal';

// The type checker (npm run check, npm run lint) proves these: each `@ts-expect-error` fails the check
// when the line below it compiles, i.e. when the ids could be swapped again.
type DeleteGoal = Parameters<typeof deleteNetworkGoal>;
type DeleteTheme = Parameters<typeof deleteAdviceTheme>;
const actor = null as unknown as DeleteGoal[0];
const db = null as unknown as DeleteGoal[1];

describe('ids that say what they identify', () => {
	it('keep a parent id and a child id from being swapped', () => {
		const caseId = idFrom<NetworkCaseId>('00000000-0000-4000-8000-000000000001');
		const goalId = '00000000-0000-4000-8000-000000000002';
		const sessionId = idFrom<AdviceSessionId>('00000000-0000-4000-8000-000000000003');
		const right: DeleteGoal = [actor, db, 'org', caseId, goalId];
		// @ts-expect-error a goal id where the case id belongs
		const swapped: DeleteGoal = [actor, db, 'org', goalId, caseId];
		// @ts-expect-error the organisation's id where the case id belongs
		const orgSwapped: DeleteGoal = [actor, db, caseId, 'org', goalId];
		// @ts-expect-error a case id is no advice session id
		const otherKind: DeleteTheme = [actor, db, 'org', caseId, { themeId: goalId }];
		const theme: DeleteTheme = [actor, db, 'org', sessionId, { themeId: goalId }];
		expect([right, swapped, orgSwapped, otherKind, theme].map((args) => args.length)).toEqual([5, 5, 5, 5, 5]);
	});

	it('come from outside as the string they were (the use case checks them)', () => {
		expect(idFrom<NetworkCaseId>('abc')).toBe('abc');
		expect(idFrom<NetworkCaseId>(undefined)).toBe('');
	});
});
