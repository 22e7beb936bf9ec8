import { describe, expect, it } from 'vitest';
import type { deleteAdviceTheme } from './advice/delete-advice-theme';
import type { confirmArticleMatch } from './code/confirm-article-match';
import type { getCode } from './code/get-code';
import type { loadDocument } from './code/code-document';
import {
	idFrom,
	type AdviceSessionId,
	type ArticleId,
	type CodeId,
	type CodeVersionId,
	type NetworkCaseId
} from './ids';
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

	it('keep a code, its versions and its articles apart', () => {
		type Confirm = Parameters<typeof confirmArticleMatch>[2];
		type Read = Parameters<typeof getCode>[2];
		type Load = Parameters<typeof loadDocument>;
		const codeId = idFrom<CodeId>('00000000-0000-4000-8000-000000000004');
		const versionId = idFrom<CodeVersionId>('00000000-0000-4000-8000-000000000005');
		const articleId = idFrom<ArticleId>('00000000-0000-4000-8000-000000000006');
		const confirm: Confirm = { versionId, number: '1.1', decision: 'same' };
		// @ts-expect-error a code id where the version id belongs
		const codeForVersion: Confirm = { versionId: codeId, number: '1.1', decision: 'same' };
		// @ts-expect-error an article's stable id is no version id
		const articleForVersion: Load = [db, articleId];
		const load: Load = [db, versionId];
		const read: Read = { organisationId: 'org', codeId };
		// @ts-expect-error a version id where the code id belongs
		const versionForCode: Read = { organisationId: 'org', codeId: versionId };
		// @ts-expect-error a plain string from outside must pass idFrom first
		const plain: Read = { organisationId: 'org', codeId: 'abc' };
		expect([confirm, codeForVersion, articleForVersion, load, read, versionForCode, plain]).toHaveLength(7);
	});

	it('come from outside as the string they were (the use case checks them)', () => {
		expect(idFrom<NetworkCaseId>('abc')).toBe('abc');
		expect(idFrom<NetworkCaseId>(undefined)).toBe('');
	});
});
