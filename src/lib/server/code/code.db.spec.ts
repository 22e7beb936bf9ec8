import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor } from '../actor';
import type { Db } from '../db/client';
import { code, codeArticle, codeVersion } from '../db/schema';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { seedDemo } from '../demo/seed-demo';
import { readSampleCode, SAMPLE_CODE_TITLE } from '../demo/seed-demo-code';
import { exportCodeVersion } from './export-code-version';
import { getCode } from './get-code';
import { getCodeArticle } from './get-code-article';
import { importCodeVersion } from './import-code-version';
import { searchCode } from './search-code';
import { idFrom, type CodeId, type CodeVersionId } from '../ids';

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let aCodeId: CodeId;
let aVersionId: CodeVersionId;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const imported = await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample });
	aCodeId = imported.codeId;
	aVersionId = imported.versionId;
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

describe('import through the use case', () => {
	it('stores the sample code and reports what it found', async () => {
		const [row] = await db.select().from(codeVersion).where(eq(codeVersion.id, aVersionId));
		expect(row).toMatchObject({ number: 1, status: 'published', matchReport: null });
		const read = await getCode(a.worker, db, { organisationId: a.organisationId });
		expect(read?.document.chapters).toHaveLength(7);
		expect(read?.document.kernwaarden).toHaveLength(5);
		expect(
			read?.document.chapters.flatMap((c) => [...c.articles, ...c.paragraphs.flatMap((p) => p.articles)])
		).toHaveLength(29);
		expect(read?.sample).toBe(false);
	});

	it('import → export gives the same Markdown back', async () => {
		expect(await exportCodeVersion(a.worker, db, aVersionId)).toBe(sample);
	});

	it('refuses malformed Markdown with the line number and stores nothing', async () => {
		const before = await db.select({ id: codeVersion.id }).from(codeVersion);
		const bad = sample.replace('##### Artikel 2.1.3. Luisteren', '###### Artikel 2.1.3. Luisteren');
		await expect(
			importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: bad })
		).rejects.toMatchObject({
			code: 'INVALID_INPUT',
			message: expect.stringMatching(/^Regel 53: deze kop kennen we niet/)
		});
		expect(await db.select({ id: codeVersion.id }).from(codeVersion)).toHaveLength(before.length);
	});

	it('a new version keeps stable article ids: by number, then by text', async () => {
		const next = sample
			.replace('##### Artikel 3.2. Niet te snel loslaten', '##### Artikel 3.9. Niet te snel loslaten')
			.replace(
				'##### Artikel 7.4. Zorgen voor jezelf\n\nJe let op je eigen grenzen.',
				'##### Artikel 7.4. Zorgen voor jezelf\n\nJe let goed op je eigen grenzen.'
			);
		const v2 = await importCodeVersion(a.admin, db, {
			organisationId: a.organisationId,
			markdown: next,
			title: SAMPLE_CODE_TITLE.replace('Voorbeeld-b', 'B') + ' (tweede)'
		});
		// Another title is another code: its first version.
		expect(v2.versionNumber).toBe(1);
		const v2same = await importCodeVersion(a.admin, db, {
			organisationId: a.organisationId,
			markdown: next,
			publish: false
		});
		expect(v2same).toMatchObject({ codeId: aCodeId, versionNumber: 2 });
		const kinds = Object.fromEntries(v2same.matchReport!.matches.map((m) => [m.number, m.kind]));
		expect(kinds['3.9']).toBe('similarity');
		expect(kinds['7.4']).toBe('number');
		expect(Object.values(kinds).filter((k) => k === 'number')).toHaveLength(28);
		const ids = async (versionId: CodeVersionId) =>
			Object.fromEntries(
				(await db.select().from(codeArticle).where(eq(codeArticle.versionId, versionId))).map((r) => [
					r.number,
					r.articleId
				])
			);
		const [one, two] = [await ids(aVersionId), await ids(v2same.versionId)];
		expect(two['3.9']).toBe(one['3.2']);
		expect(two['7.4']).toBe(one['7.4']);
		expect(two['1.1']).toBe(one['1.1']);
		// A draft is not what members read yet.
		expect((await getCode(a.worker, db, { organisationId: a.organisationId, codeId: aCodeId }))?.versionNumber).toBe(1);
	});

	it('only an admin imports', async () => {
		await rejects(importCodeVersion(a.worker, db, { organisationId: a.organisationId, markdown: sample }), 'FORBIDDEN');
		await rejects(importCodeVersion(a.coach, db, { organisationId: a.organisationId, markdown: sample }), 'FORBIDDEN');
	});
});

describe('reading', () => {
	it('a deep link to an article by number, with its place and neighbours', async () => {
		const art = await getCodeArticle(a.facilitator, db, {
			organisationId: a.organisationId,
			number: '2.1.3',
			codeId: aCodeId
		});
		expect(art.article).toMatchObject({ number: '2.1.3', title: 'Luisteren' });
		expect(art.chapter).toEqual({ number: '2', title: 'De inwoner centraal' });
		expect(art.paragraph).toEqual({ number: '1', title: 'Respect' });
		expect(art.previous?.number).toBe('2.1.2');
		expect(art.next?.number).toBe('2.2.1');
		await rejects(getCodeArticle(a.worker, db, { organisationId: a.organisationId, number: '99.1', codeId: aCodeId }));
		await rejects(
			getCodeArticle(a.worker, db, {
				organisationId: a.organisationId,
				number: '1.1',
				codeId: idFrom<CodeId>('geen-uuid')
			})
		);
	});

	it(`search in Dutch works on ${testEngine()} ('dutch' full-text configuration)`, async () => {
		const search = (query: string) =>
			searchCode(a.worker, db, { organisationId: a.organisationId, codeId: aCodeId, query });
		// Singular finds plural and the other way round: "afspraak" finds "afspraken" (6.1, 7.1 has "spreekt af").
		const hits = await search('afspraak');
		expect(hits.map((h) => h.number)).toEqual(['6.1']);
		expect((await search('werkers')).map((h) => h.number)).toContain('1.1');
		expect(hits[0].snippet.some((p) => p.hit)).toBe(true);
		// Plural → singular: "fouten" finds article 6.4 ("Fouten"/"fout").
		expect((await search('fout')).map((h) => h.number)).toContain('6.4');
		expect((await search('geheimhouding')).map((h) => h.number)).toEqual(['5.2.1']);
		expect(await search('de het een')).toEqual([]);
		expect(await search('')).toEqual([]);
		expect(await search('"zeppelin luchtballon')).toEqual([]);
	});
});

describe('isolation: another organisation cannot read or change our code', () => {
	it('code and code_version: B does not see A’s code, not even with its id', async () => {
		expect(await getCode(b.worker, db, { organisationId: b.organisationId })).toBeNull();
		await rejects(getCode(b.admin, db, { organisationId: b.organisationId, codeId: aCodeId }));
		await rejects(getCode(b.admin, db, { organisationId: a.organisationId }));
		await rejects(exportCodeVersion(b.admin, db, aVersionId));
	});

	it('code_chapter, code_paragraph, code_article: B cannot open or search A’s articles', async () => {
		await rejects(getCodeArticle(b.worker, db, { organisationId: b.organisationId, number: '1.1', codeId: aCodeId }));
		await rejects(getCodeArticle(b.worker, db, { organisationId: a.organisationId, number: '1.1' }));
		await rejects(searchCode(b.worker, db, { organisationId: b.organisationId, codeId: aCodeId, query: 'netwerk' }));
		expect(await searchCode(b.worker, db, { organisationId: b.organisationId, query: 'netwerk' })).toEqual([]);
	});

	it('code_kernwaarde, code_begrip: B reads none of A’s kernwaarden and begrippen; B cannot import into A', async () => {
		await rejects(importCodeVersion(b.admin, db, { organisationId: a.organisationId, markdown: sample }));
		const mine = await importCodeVersion(b.admin, db, {
			organisationId: b.organisationId,
			markdown: sample.replace('## Begrippenlijst', '## Begrippenlijst\n\n- **Eigen**: alleen van B.')
		});
		const read = await getCode(b.worker, db, { organisationId: b.organisationId });
		expect(read?.codeId).toBe(mine.codeId);
		expect(read?.document.begrippen[0]).toEqual({ term: 'Eigen', definition: 'alleen van B.' });
		const aRead = await getCode(a.worker, db, { organisationId: a.organisationId, codeId: aCodeId });
		expect(aRead?.document.begrippen.map((x) => x.term)).not.toContain('Eigen');
		expect(aRead?.document.kernwaarden).toHaveLength(5);
		await rejects(getCode(b.worker, db, { organisationId: b.organisationId, codeId: aCodeId }));
		// The same title in two organisations: two codes, no version of A's becomes B's.
		expect(mine.codeId).not.toBe(aCodeId);
		expect(mine.versionNumber).toBe(1);
	});

	it('a draft export is for admins only', async () => {
		const [draft] = await db.select({ id: codeVersion.id }).from(codeVersion).where(eq(codeVersion.status, 'draft'));
		await rejects(exportCodeVersion(a.worker, db, draft.id), 'FORBIDDEN');
		expect(await exportCodeVersion(a.admin, db, draft.id)).toContain('##### Artikel 3.9.');
	});
});

describe('demo data', () => {
	it('seeds the sample code once, marked as sample', async () => {
		expect(readSampleCode()).toBe(sample);
		const first = await seedDemo(systemActor('test'), db);
		const again = await seedDemo(systemActor('test'), db);
		expect(first.code).toMatchObject({ path: '/beroepscode' });
		expect(again.code).toEqual(first.code);
		const rows = await db.select().from(code).where(eq(code.organisationId, first.organisationId));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ title: SAMPLE_CODE_TITLE, sample: true });
	});
});
