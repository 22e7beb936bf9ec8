import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackFollowUp, feedbackResponse } from '../db/schema';
import { createFeedbackRequest } from './create-feedback-request';
import { getMirror, type Mirror } from './get-mirror';

// The mirror's filter by request or label (issue 14, item 10): it never shows a group smaller than k
// (3 here), and never anything of another worker.
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const ids: Record<'home1' | 'home2' | 'desk' | 'group', string> = { home1: '', home2: '', desk: '', group: '' };
const NOW = new Date('2026-11-20T09:00:00Z');

/** A batch released on `releasedOn`, with per request that many responses (respect scored `score`). */
async function batch(org: OrgFixture, releasedOn: string, parts: [string, number][], score = 4) {
	const size = parts.reduce((sum, [, n]) => sum + n, 0);
	const [row] = await db
		.insert(feedbackBatch)
		.values({ organisationId: org.organisationId, workerUserId: org.worker.userId, releasedOn, size })
		.returning();
	for (const [requestId, n] of parts)
		await db.insert(feedbackResponse).values(
			Array.from({ length: n }, (_, i) => ({
				requestId,
				organisationId: org.organisationId,
				workerUserId: org.worker.userId,
				raterType: 'resident' as const,
				language: 'nl',
				scores: { respect: score, time: i % 2 ? null : 4 },
				good: `${requestId}:${releasedOn}:${i}`,
				submittedOn: releasedOn,
				batchId: row.id,
				reordered: true
			}))
		);
	return row.id;
}

const mirrorOf = (filter?: string) => getMirror(a.worker, db, a.organisationId, { now: NOW, filter });
const requestOf = (good: string) => good.split(':')[0];
const quotesOf = (mirror: Mirror) => mirror.batches.flatMap((x) => x.quotes.map((q) => q.good));

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const request = (label: string) =>
		createFeedbackRequest(a.worker, db, a.organisationId, { label, firstName: 'Sanne', address: 'je' });
	ids.home1 = (await request('huisbezoek')).id;
	ids.home2 = (await request('huisbezoek')).id;
	ids.desk = (await request('spreekuur')).id;
	ids.group = (await request('groep')).id;
	// Q3: one batch every filter may split (3 + 3), one it may not (2 + 1 + 1: a link with fewer than k).
	const split = await batch(a, '2026-08-01', [
		[ids.home1, 3],
		[ids.desk, 3]
	]);
	await batch(
		a,
		'2026-08-10',
		[
			[ids.home1, 2],
			[ids.desk, 1],
			[ids.group, 1]
		],
		1
	);
	// Q4: a second "huisbezoek" link alone.
	await batch(a, '2026-11-02', [[ids.home2, 4]], 5);
	await db.insert(feedbackFollowUp).values({
		organisationId: a.organisationId,
		workerUserId: a.worker.userId,
		text: 'Een extra antwoord, aan geen link gebonden.',
		submittedOn: '2026-07-30',
		batchId: split
	});
});
afterAll(() => tdb?.cleanup());

describe('the mirror filter by request and label', () => {
	it('without a filter: every released answer, and every request and shared label to choose from', async () => {
		const mirror = await mirrorOf();
		expect(mirror.filter).toMatchObject({ selected: null, responses: 14, leftOut: false, tooFew: false });
		expect(mirror.filter.requests.map((r) => r.label).sort()).toEqual(
			['groep', 'huisbezoek', 'huisbezoek', 'spreekuur'].sort()
		);
		expect(mirror.filter.labels).toEqual(['huisbezoek']);
		expect(quotesOf(mirror)).toHaveLength(14);
		expect(mirror.batches.flatMap((x) => x.followUps)).toEqual(['Een extra antwoord, aan geen link gebonden.']);
	});

	it('one request: only batches in which every link has 0 or at least k answers, and only its answers', async () => {
		const mirror = await mirrorOf(ids.home1);
		expect(mirror.filter).toMatchObject({ selected: ids.home1, selectedName: 'huisbezoek', responses: 3 });
		expect(mirror.filter.leftOut).toBe(true);
		expect(mirror.quarters.map((q) => [q.quarter, q.responses])).toEqual([['2026-Q3', 3]]);
		// The batch of 2026-08-10 (2 + 1 + 1) is left out whole: its two "home1" answers would show
		// the other two by subtracting this view from the unfiltered one.
		expect(mirror.batches.map((x) => [x.releasedOn, x.size, x.shown])).toEqual([['2026-08-01', 6, 3]]);
		expect(quotesOf(mirror).map(requestOf)).toEqual([ids.home1, ids.home1, ids.home1]);
		expect(mirror.quarters[0].dimensions.respect).toMatchObject({ n: 3, mean: 4 });
		// Follow-ups belong to no link: a filter leaves them out.
		expect(mirror.batches[0].followUps).toEqual([]);
	});

	it('a label: the requests that share it, in the batches it may split', async () => {
		const mirror = await mirrorOf('label:huisbezoek');
		expect(mirror.filter).toMatchObject({ selectedName: 'huisbezoek', responses: 7, leftOut: true, tooFew: false });
		expect(mirror.quarters.map((q) => [q.quarter, q.responses])).toEqual([
			['2026-Q3', 3],
			['2026-Q4', 4]
		]);
		expect(new Set(quotesOf(mirror).map(requestOf))).toEqual(new Set([ids.home1, ids.home2]));
	});

	it('fewer than k answers left: a message instead of numbers, quotes or alerts (minimum group rule)', async () => {
		const mirror = await mirrorOf(ids.group);
		expect(mirror.filter).toMatchObject({ selected: ids.group, tooFew: true, responses: 0, leftOut: true });
		expect(mirror.quarters).toEqual([]);
		expect(mirror.batches).toEqual([]);
		expect(mirror.alerts).toEqual([]);
		expect(Object.values(mirror.self.residents).every((v) => v === null)).toBe(true);
	});

	it('no view, alone or subtracted from another, singles out fewer than k answers of one batch', async () => {
		const k = (await mirrorOf()).batchSize;
		const views = [undefined, ids.home1, ids.home2, ids.desk, ids.group, 'label:huisbezoek'];
		// Per batch, the answers each view shows; any two views differ by 0 or at least k answers.
		const perBatch = new Map<string, Set<string>[]>();
		for (const view of views) {
			for (const x of (await mirrorOf(view)).batches) {
				const shown = new Set(x.quotes.map((q) => q.good));
				expect(shown.size).toBeGreaterThanOrEqual(k);
				perBatch.set(x.id, [...(perBatch.get(x.id) ?? []), shown]);
			}
		}
		for (const sets of perBatch.values())
			for (const one of sets)
				for (const other of sets) {
					const difference = [...one].filter((g) => !other.has(g)).length;
					expect(difference === 0 || difference >= k).toBe(true);
				}
	});

	it("another worker's request, another organisation's, or a label the worker does not have: not found", async () => {
		await expect(getMirror(a.coach, db, a.organisationId, { now: NOW, filter: ids.home1 })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(
			getMirror(a.coach, db, a.organisationId, { now: NOW, filter: 'label:huisbezoek' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getMirror(b.worker, db, b.organisationId, { now: NOW, filter: ids.home1 })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(getMirror(b.worker, db, a.organisationId, { now: NOW, filter: ids.home1 })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		// A label only one request has is chosen as that request, not as a label.
		await expect(mirrorOf('label:spreekuur')).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(mirrorOf('drop table')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		// The colleague's own mirror stays empty whatever the filter of the worker holds.
		const colleague = await getMirror(a.coach, db, a.organisationId, { now: NOW });
		expect(colleague.filter.requests).toEqual([]);
		expect(colleague.batches).toEqual([]);
	});
});
