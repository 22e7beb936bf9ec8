import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeArticle, codeVersion } from '../db/schema';
import { idFrom, type CodeVersionId } from '../ids';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { compareCodeVersions } from './compare-code-versions';
import { confirmArticleMatch } from './confirm-article-match';
import { getCodeVersion } from './get-code-version';
import { importCodeVersion } from './import-code-version';
import { listCodeVersions } from './list-code-versions';
import { findPublishBlockers } from './publish-blockers';
import { publishCodeVersion } from './publish-code-version';

// Issue 17: editors manage versions of their organisation's code: upload a draft, confirm moved
// articles, publish, compare. Nobody outside the organisation, and no member who is not an editor.

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');
/** Article 3.2 renumbered to 3.9 (matched by text), 7.4 changed in place. */
const next = sample
	.replace('##### Artikel 3.2. Niet te snel loslaten', '##### Artikel 3.9. Niet te snel loslaten')
	.replace(
		'##### Artikel 7.4. Zorgen voor jezelf\n\nJe let op je eigen grenzen.',
		'##### Artikel 7.4. Zorgen voor jezelf\n\nJe let goed op je eigen grenzen.'
	);

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let v1: CodeVersionId;
let v2: CodeVersionId;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const snapshot = async (versionId: CodeVersionId) => ({
	version: (await db.select().from(codeVersion).where(eq(codeVersion.id, versionId)))[0],
	articles: await db
		.select()
		.from(codeArticle)
		.where(eq(codeArticle.versionId, versionId))
		.orderBy(codeArticle.position)
});

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	v1 = (await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample, publish: false }))
		.versionId;
});
afterAll(() => tdb?.cleanup());

describe('a draft, confirmed and published', () => {
	it('the first version is a draft without blockers; publishing makes it what members read', async () => {
		expect(await findPublishBlockers(db, v1)).toEqual([]);
		const list = await listCodeVersions(a.admin, db, a.organisationId);
		expect(list[0].versions.map((v) => v.status)).toEqual(['draft']);
		await publishCodeVersion(a.admin, db, v1);
		expect((await snapshot(v1)).version).toMatchObject({ status: 'published', publishedAt: expect.any(Date) });
	});

	it('a new draft lists its moved article as a blocker until the editor confirms it', async () => {
		const imported = await importCodeVersion(a.admin, db, {
			organisationId: a.organisationId,
			codeId: (await listCodeVersions(a.admin, db, a.organisationId))[0].id,
			markdown: next,
			title: 'Genegeerd: de gekozen code wint',
			publish: false
		});
		v2 = imported.versionId;
		expect(imported.versionNumber).toBe(2);
		const found = await getCodeVersion(a.admin, db, v2);
		expect(found.found).toMatchObject({ articles: 29, kernwaarden: expect.any(Array), begrippen: expect.any(Array) });
		expect(found.found.chapters).toHaveLength(7);
		expect(found.blockers).toEqual([
			{
				kind: 'unconfirmed-match',
				articleNumber: '3.9',
				label: 'Bevestig of artikel 3.9 hetzelfde is als artikel 3.2.',
				href: null
			}
		]);
		await rejects(publishCodeVersion(a.admin, db, v2), 'CONFLICT');

		const stable = async (versionId: CodeVersionId, number: string) =>
			(await snapshot(versionId)).articles.find((x) => x.number === number)!.articleId;
		await confirmArticleMatch(a.admin, db, { versionId: v2, number: '3.9', decision: 'new' });
		expect(await stable(v2, '3.9')).not.toBe(await stable(v1, '3.2'));
		expect(await findPublishBlockers(db, v2)).toEqual([]);
		// Changed back before publishing: the article keeps its stable id again.
		await confirmArticleMatch(a.admin, db, { versionId: v2, number: '3.9', decision: 'same' });
		expect(await stable(v2, '3.9')).toBe(await stable(v1, '3.2'));
		const report = (await snapshot(v2)).version.matchReport!;
		expect(report.matches.find((x) => x.number === '3.9')).toMatchObject({ kind: 'similarity', confirmed: 'same' });
		await rejects(confirmArticleMatch(a.admin, db, { versionId: v2, number: '1.1', decision: 'new' }), 'INVALID_INPUT');

		await publishCodeVersion(a.admin, db, v2);
		expect((await snapshot(v2)).version.status).toBe('published');
	});

	it('a published version never changes: not by the confirm action, not by publishing again, not by a re-import', async () => {
		const before = await snapshot(v2);
		await rejects(confirmArticleMatch(a.admin, db, { versionId: v2, number: '3.9', decision: 'new' }), 'CONFLICT');
		await rejects(publishCodeVersion(a.admin, db, v2), 'CONFLICT');
		const again = await importCodeVersion(a.admin, db, {
			organisationId: a.organisationId,
			markdown: next.replace('Je let goed op', 'Je let heel goed op'),
			publish: false
		});
		expect(again.versionNumber).toBe(3);
		expect(await snapshot(v2)).toEqual(before);
	});

	it('compares two versions per article on the stable id, word by word', async () => {
		const result = (await compareCodeVersions(a.worker, db, { organisationId: a.organisationId, from: 1, to: 2 }))!;
		const changed = result.articles.filter((x) => x.change !== 'same');
		expect(changed.map((x) => [x.number, x.previousNumber, x.change])).toEqual([['7.4', null, 'changed']]);
		expect(result.articles.find((x) => x.number === '3.9')).toMatchObject({ previousNumber: '3.2', change: 'same' });
		expect(changed[0].body.filter((p) => p.op === 'ins')).toEqual([{ op: 'ins', text: 'goed ' }]);
		// The worker sees the published versions only; the editor the draft too.
		expect(result.versions.map((v) => v.number)).toEqual([1, 2]);
		const editor = (await compareCodeVersions(a.admin, db, { organisationId: a.organisationId }))!;
		expect([editor.from, editor.to]).toEqual([2, 3]);
		await rejects(compareCodeVersions(a.worker, db, { organisationId: a.organisationId, from: 2, to: 3 }));
	});
});

describe('isolation: another organisation, and a worker who is not an editor', () => {
	it('B cannot upload to, read drafts of, confirm or publish A’s code', async () => {
		const [draft] = await db.select({ id: codeVersion.id }).from(codeVersion).where(eq(codeVersion.status, 'draft'));
		await rejects(importCodeVersion(b.admin, db, { organisationId: a.organisationId, markdown: sample }));
		const aCode = (await listCodeVersions(a.admin, db, a.organisationId))[0].id;
		await rejects(
			importCodeVersion(b.admin, db, { organisationId: b.organisationId, codeId: aCode, markdown: sample })
		);
		await rejects(getCodeVersion(b.admin, db, draft.id));
		await rejects(confirmArticleMatch(b.admin, db, { versionId: draft.id, number: '3.9', decision: 'new' }));
		await rejects(publishCodeVersion(b.admin, db, draft.id));
		await rejects(listCodeVersions(b.admin, db, a.organisationId));
		await rejects(compareCodeVersions(b.admin, db, { organisationId: a.organisationId }));
		expect(await compareCodeVersions(b.admin, db, { organisationId: b.organisationId })).toBeNull();
		await rejects(compareCodeVersions(b.admin, db, { organisationId: b.organisationId, codeId: aCode }));
	});

	it('a worker of A is no editor: no upload, no drafts, no confirming, no publishing', async () => {
		const [draft] = await db.select({ id: codeVersion.id }).from(codeVersion).where(eq(codeVersion.status, 'draft'));
		await rejects(importCodeVersion(a.worker, db, { organisationId: a.organisationId, markdown: sample }), 'FORBIDDEN');
		await rejects(listCodeVersions(a.worker, db, a.organisationId), 'FORBIDDEN');
		await rejects(getCodeVersion(a.worker, db, draft.id), 'FORBIDDEN');
		await rejects(
			confirmArticleMatch(a.worker, db, { versionId: draft.id, number: '3.9', decision: 'new' }),
			'FORBIDDEN'
		);
		await rejects(publishCodeVersion(a.worker, db, draft.id), 'FORBIDDEN');
		await rejects(getCodeVersion(a.admin, db, idFrom<CodeVersionId>('geen-uuid')));
	});

	it('a malformed file stores nothing, with the parser’s Dutch error and its line number', async () => {
		const count = async () => (await db.select({ id: codeVersion.id }).from(codeVersion)).length;
		const before = await count();
		await expect(
			importCodeVersion(a.admin, db, {
				organisationId: a.organisationId,
				markdown: sample.replace('##### Artikel 2.1.3. Luisteren', '###### Artikel 2.1.3. Luisteren'),
				publish: false
			})
		).rejects.toMatchObject({
			code: 'INVALID_INPUT',
			message: expect.stringMatching(/^Regel 53: deze kop kennen we niet/)
		});
		expect(await count()).toBe(before);
	});
});
