import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ArticleId, CodeId } from '../ids';
import type { Db } from '../db/client';
import type { UserActor } from '../actor';
import { codeFeedbackThemeLink, feedbackBatch, feedbackRequest, feedbackResponse } from '../db/schema';
import { addMember, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { importCodeVersion } from './import-code-version';
import { getCodeArticle } from './get-code-article';
import { linkFeedbackTheme } from './link-feedback-theme';
import { unlinkFeedbackTheme } from './unlink-feedback-theme';
import { getArticleFeedbackThemes } from './get-article-feedback-themes';
import { findLinkableFeedbackThemes } from './find-linkable-feedback-themes';

// Residents' voice beside the code: feedback themes (questionnaire dimensions) an editor ties to an
// article, shown as the organisation's figure of released answers in the last finished quarter, only at
// ≥ 5 answers from ≥ 3 workers. "Today" is in Q4 2026; Q3 is the quarter under test.
const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');
const TODAY = '2026-11-20';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let codeId: CodeId;
let articleId: ArticleId;
let bArticleId: ArticleId;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

interface Worker {
	actor: UserActor;
	requestId: string;
}

async function worker(org: OrgFixture, name: string): Promise<Worker> {
	const { actor } = await addMember(db, { organisationId: org.organisationId, label: name });
	const [r] = await db
		.insert(feedbackRequest)
		.values({ organisationId: org.organisationId, workerUserId: actor.userId, token: randomUUID(), firstName: name })
		.returning({ id: feedbackRequest.id });
	return { actor, requestId: r.id };
}

/** `n` answers for the worker with these scores; released on `day`, or unreleased (no batch) with null. */
async function answers(
	org: OrgFixture,
	w: Worker,
	n: number,
	scores: Record<string, number | null>,
	day: string | null
) {
	let batchId: string | null = null;
	if (day) {
		const [batch] = await db
			.insert(feedbackBatch)
			.values({ organisationId: org.organisationId, workerUserId: w.actor.userId, releasedOn: day, size: n })
			.returning({ id: feedbackBatch.id });
		batchId = batch.id;
	}
	await db.insert(feedbackResponse).values(
		Array.from({ length: n }, () => ({
			requestId: w.requestId,
			organisationId: org.organisationId,
			workerUserId: w.actor.userId,
			raterType: 'resident' as const,
			language: 'nl',
			scores,
			good: 'Geheime tekst van een inwoner',
			better: '',
			submittedOn: day ?? '2026-08-01',
			batchId,
			reordered: true
		}))
	);
}

const themesFor = (actor: UserActor, org = a) =>
	getArticleFeedbackThemes(actor, db, { organisationId: org.organisationId, codeId, articleId, today: TODAY });
const themeOf = async (key: string, actor: UserActor = a.worker) =>
	(await themesFor(actor)).themes.find((t) => t.key === key);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	codeId = (await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample })).codeId;
	await importCodeVersion(b.admin, db, { organisationId: b.organisationId, markdown: sample });
	articleId = (await getCodeArticle(a.worker, db, { organisationId: a.organisationId, number: '2.1.3' })).article
		.articleId;
	bArticleId = (await getCodeArticle(b.worker, db, { organisationId: b.organisationId, number: '2.1.3' })).article
		.articleId;
});
afterAll(() => tdb?.cleanup());

describe('linking a feedback theme', () => {
	it('only an editor of the same organisation links; a worker and another organisation cannot', async () => {
		const args = { organisationId: a.organisationId, dimension: 'respect', articleId };
		await rejects(linkFeedbackTheme(a.worker, db, args), 'FORBIDDEN');
		await rejects(linkFeedbackTheme(a.coach, db, args), 'FORBIDDEN');
		await rejects(findLinkableFeedbackThemes(a.worker, db, a.organisationId), 'FORBIDDEN');
		await rejects(linkFeedbackTheme(b.admin, db, args));
		// B's editor in B's own organisation cannot reach A's article either (not an article of B's code).
		await rejects(linkFeedbackTheme(b.admin, db, { ...args, organisationId: b.organisationId }), 'INVALID_INPUT');
		expect(await db.select().from(codeFeedbackThemeLink)).toEqual([]);

		await rejects(linkFeedbackTheme(a.admin, db, { ...args, dimension: 'nietBestaand' }), 'INVALID_INPUT');
		expect((await findLinkableFeedbackThemes(a.admin, db, a.organisationId)).map((t) => t.key)).toContain('respect');
		await linkFeedbackTheme(a.admin, db, args);
		await linkFeedbackTheme(a.admin, db, args);
		await linkFeedbackTheme(a.admin, db, { ...args, dimension: 'time' });
		const themes = await themesFor(a.worker);
		expect(themes.themes.map((t) => t.key)).toEqual(['respect', 'time']);
		expect(themes.quarter).toBeNull();
		expect(themes.themes.every((t) => t.figure === null)).toBe(true);
		// Another organisation reads nothing of A's links.
		await rejects(themesFor(b.worker));
		expect(
			(
				await getArticleFeedbackThemes(b.worker, db, {
					organisationId: b.organisationId,
					codeId,
					articleId: bArticleId,
					today: TODAY
				})
			).themes
		).toEqual([]);
	});
});

describe('the figure', () => {
	let ws: Worker[];

	it('4 answers from 3 workers, or many answers from 2 workers, show nothing; unreleased answers never count', async () => {
		ws = await Promise.all(['Anna', 'Bram', 'Cas', 'Dewi'].map((n) => worker(a, n)));
		await answers(a, ws[0], 2, { respect: 4, time: 5 }, '2026-08-10');
		await answers(a, ws[1], 1, { respect: 2, time: 5 }, '2026-08-11');
		await answers(a, ws[2], 1, { respect: 5, time: null }, '2026-09-01');
		await answers(a, ws[1], 3, { time: 4 }, '2026-09-02');
		// Plenty of unreleased answers from a fourth worker, and of a released batch in the running quarter.
		await answers(a, ws[3], 6, { respect: 1, time: 1 }, null);
		await answers(a, ws[3], 6, { respect: 1, time: 1 }, '2026-10-05');
		const themes = await themesFor(a.worker);
		expect(themes.quarter).toBe('2026-Q3');
		// respect: 4 answers from 3 workers; time: 6 answers from 2 workers.
		expect(themes.themes.map((t) => t.figure)).toEqual([null, null]);
	});

	it('the fifth answer shows the mean and distribution of released answers only, with no names or texts', async () => {
		await answers(a, ws[0], 1, { respect: 3 }, '2026-09-20');
		const respect = await themeOf('respect');
		expect(respect?.figure).toEqual({ n: 5, mean: 3.6, distribution: [0, 1, 1, 2, 1] });
		expect((await themeOf('time'))?.figure).toBeNull();
		// Every member reads it, the same figure.
		expect((await themeOf('respect', a.coach))?.figure).toEqual(respect?.figure);
		const json = JSON.stringify(await themesFor(a.worker));
		expect(json).not.toMatch(/Anna|Bram|Cas|Dewi|Geheime|userId/);
		for (const w of ws) expect(json).not.toContain(w.actor.userId);
	});

	it("another organisation's answers never count", async () => {
		const bws = await Promise.all(['Xander', 'Yara', 'Zoë'].map((n) => worker(b, n)));
		for (const w of bws) await answers(b, w, 5, { respect: 1 }, '2026-08-15');
		expect((await themeOf('respect'))?.figure).toMatchObject({ n: 5, mean: 3.6 });
	});

	it('only an editor of the same organisation unlinks', async () => {
		const respect = (await themeOf('respect'))!;
		await rejects(
			unlinkFeedbackTheme(a.worker, db, { organisationId: a.organisationId, linkId: respect.linkId }),
			'FORBIDDEN'
		);
		await rejects(unlinkFeedbackTheme(b.admin, db, { organisationId: b.organisationId, linkId: respect.linkId }));
		await rejects(unlinkFeedbackTheme(b.admin, db, { organisationId: a.organisationId, linkId: respect.linkId }));
		await unlinkFeedbackTheme(a.admin, db, { organisationId: a.organisationId, linkId: respect.linkId });
		expect((await themesFor(a.worker)).themes.map((t) => t.key)).toEqual(['time']);
		expect(await db.select().from(codeFeedbackThemeLink).where(eq(codeFeedbackThemeLink.id, respect.linkId))).toEqual(
			[]
		);
	});
});
