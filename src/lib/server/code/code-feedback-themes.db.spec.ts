import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { ArticleId, CodeId } from '../ids';
import type { Db } from '../db/client';
import type { UserActor } from '../actor';
import {
	codeFeedbackThemeLink,
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	teamMirrorQuarter
} from '../db/schema';
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

const themesFor = (actor: UserActor, org = a, today = TODAY) =>
	getArticleFeedbackThemes(actor, db, { organisationId: org.organisationId, codeId, articleId, today });
const themeOf = async (key: string, actor: UserActor = a.worker, today = TODAY) =>
	(await themesFor(actor, a, today)).themes.find((t) => t.key === key);

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
		// Plenty of unreleased answers from a fourth worker.
		await answers(a, ws[3], 6, { respect: 1, time: 1 }, null);
		const themes = await themesFor(a.worker);
		expect(themes.quarter).toBe('2026-Q3');
		// respect: 4 answers from 3 workers; time: 6 answers from 2 workers.
		expect(themes.themes.map((t) => t.figure)).toEqual([null, null]);
	});

	it('the decision is made once: a later answer in that quarter changes nothing', async () => {
		await answers(a, ws[0], 1, { respect: 3 }, '2026-09-20');
		expect((await themeOf('respect'))?.figure).toBeNull();
	});

	it('5 answers from 3 workers show the mean and distribution of released answers only, no names or texts', async () => {
		const Q1 = '2027-01-15';
		await answers(a, ws[0], 2, { respect: 4 }, '2026-10-10');
		await answers(a, ws[1], 1, { respect: 2 }, '2026-10-11');
		await answers(a, ws[2], 1, { respect: 5 }, '2026-11-01');
		await answers(a, ws[0], 1, { respect: 3 }, '2026-12-20');
		// Released in the running quarter: not counted yet.
		await answers(a, ws[3], 6, { respect: 1, time: 1 }, '2027-01-05');
		const themes = await themesFor(a.worker, a, Q1);
		expect(themes.quarter).toBe('2026-Q4');
		const respect = themes.themes.find((t) => t.key === 'respect');
		expect(respect?.figure).toEqual({ n: 5, mean: 3.6, distribution: [0, 1, 1, 2, 1] });
		expect(themes.themes.find((t) => t.key === 'time')?.figure).toBeNull();
		// Every member reads it, the same figure.
		expect((await themeOf('respect', a.coach, Q1))?.figure).toEqual(respect?.figure);
		const json = JSON.stringify(themes);
		expect(json).not.toMatch(/Anna|Bram|Cas|Dewi|Geheime|userId/);
		for (const w of ws) expect(json).not.toContain(w.actor.userId);
	});

	it("another organisation's answers never count", async () => {
		const bws = await Promise.all(['Xander', 'Yara', 'Zoë'].map((n) => worker(b, n)));
		for (const w of bws) await answers(b, w, 5, { respect: 1 }, '2026-10-15');
		expect((await themeOf('respect', a.worker, '2027-01-15'))?.figure).toMatchObject({ n: 5, mean: 3.6 });
	});

	it('never a figure that a released team figure would narrow down to one worker (ADR 0015)', async () => {
		const Q2 = '2027-04-10';
		for (const w of ws.slice(0, 3)) await answers(a, w, 2, { respect: 4 }, '2027-02-01');
		await answers(a, ws[3], 2, { respect: 1 }, '2027-02-02');
		// The team of Anna, Bram and Cas saw its figure of the quarter already.
		await db.insert(teamMirrorQuarter).values({
			organisationId: a.organisationId,
			teamId: a.teamId,
			quarter: '2027-Q1',
			released: true,
			workerUserIds: ws.slice(0, 3).map((w) => w.actor.userId),
			measures: ['responses', 'dim:respect'],
			responses: 6,
			residents: {},
			self: {}
		});
		// Organisation minus team = Dewi alone (8 answers, one worker): nothing shows.
		expect((await themeOf('respect', a.worker, Q2))?.figure).toBeNull();
		const frozen = await db
			.select()
			.from(teamMirrorQuarter)
			.where(and(eq(teamMirrorQuarter.quarter, '2027-Q1'), isNull(teamMirrorQuarter.teamId)));
		expect(frozen).toMatchObject([{ released: false, measures: ['scope:organisation'] }]);
		// The 2026-Q4 figure is frozen for the organisation too, so later team figures count it.
		const q4 = await db
			.select()
			.from(teamMirrorQuarter)
			.where(and(eq(teamMirrorQuarter.quarter, '2026-Q4'), isNull(teamMirrorQuarter.teamId)));
		expect(q4).toMatchObject([{ released: true }]);
		expect(q4[0].measures).toContain('dim:respect');
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
