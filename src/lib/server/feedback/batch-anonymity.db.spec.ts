import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableColumns } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { feedbackCard, feedbackFollowUp, feedbackFormNonce, feedbackRate, feedbackResponse } from '../db/schema';
import { createFeedbackRequest } from './create-feedback-request';
import { createFeedbackCards } from './create-feedback-cards';
import { createFeedbackTemplate } from './create-feedback-template';
import { getFeedbackForm } from './get-feedback-form';
import { submitFeedbackResponse } from './submit-feedback-response';
import { submitFollowUp } from './submit-follow-up';
import { getMirror } from './get-mirror';
import { exportFeedbackCsv } from './export-feedback-csv';
import { findContactRequests } from './find-contact-requests';
import type { ResponseInput } from './response-input';
import { exportData } from '../db/dump';
import { getHomeOverview } from '../home/get-home-overview';
import { hasBatchesToRelease } from './batches-to-release';

/**
 * The insider who tries (CONVENTIONS.md §24): a worker who wants to tie one answer to one visit,
 * through timing, planted answers, a used card, a special link or a late follow-up.
 */
const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;

const at = (iso: string) => new Date(iso);
const base: ResponseInput = {
	raterType: 'resident',
	scores: { time: 4, appointments: 4, respect: 4, understanding: 4, ownIdeas: 4, helped: 4 },
	good: 'Ze nam de tijd en luisterde goed naar wat ik zei.',
	better: 'Ze kon soms beter terugbellen als ze dat beloofd had.',
	contactName: null,
	contact: null,
	media: null
};

async function answer(
	tokenOrCode: string,
	now: Date,
	over: Partial<ResponseInput> = {},
	language = 'nl'
): Promise<Awaited<ReturnType<typeof submitFeedbackResponse>>> {
	const form = await getFeedbackForm(tokenOrCode, db, SECRET);
	return submitFeedbackResponse(
		tokenOrCode,
		db,
		{ ...base, ...over, language, formToken: form.formToken },
		{ secret: SECRET, now }
	);
}

async function newWorker(name: string): Promise<{ org: OrgFixture; token: string; requestId: string }> {
	const org = await createOrgFixture(db, name);
	const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
		label: '',
		firstName: 'Sanne',
		address: 'je'
	});
	return { org, token: req.token, requestId: req.id };
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
});
afterAll(() => tdb?.cleanup());

describe('finding 4: the release does not follow the worker', () => {
	it('n−1: planted answers plus one resident today show nothing today, however often the worker looks', async () => {
		const { org, token } = await newWorker('N1');
		// The worker plants k − 1 = 2 answers in the morning, then one resident answers at 11:00.
		await answer(token, at('2026-11-23T08:00:00Z'));
		await answer(token, at('2026-11-23T08:05:00Z'));
		await answer(token, at('2026-11-23T10:00:00Z'), { good: 'Het echte antwoord van de bewoner van vanochtend.' });
		// Opening the mirror right after the visit, even repeatedly, releases nothing.
		for (const now of ['2026-11-23T10:01:00Z', '2026-11-23T15:00:00Z', '2026-11-23T22:59:00Z']) {
			const mirror = await getMirror(org.worker, db, org.organisationId, { now: at(now) });
			expect(mirror.batches).toHaveLength(0);
			expect(mirror.quarters).toHaveLength(0);
		}
		expect(
			await exportFeedbackCsv(org.worker, db, org.organisationId, { now: at('2026-11-23T20:00:00Z') })
		).not.toContain('vanochtend');
	});

	it('batches are the same whether the worker looked in between or not: whole days, cut when k are in', async () => {
		const days = ['2026-11-02T09:00:00Z', '2026-11-02T14:00:00Z', '2026-11-03T09:00:00Z', '2026-11-04T09:00:00Z'];
		const watcher = await newWorker('W1');
		const away = await newWorker('W2');
		for (const d of days) {
			await answer(watcher.token, at(d));
			// The watcher opens the mirror after every single answer, on that day and the next.
			await getMirror(watcher.org.worker, db, watcher.org.organisationId, { now: at(d) });
			await getMirror(watcher.org.worker, db, watcher.org.organisationId, {
				now: new Date(at(d).getTime() + 24 * 3600_000)
			});
			await answer(away.token, at(d));
		}
		const look = at('2026-11-06T09:00:00Z');
		const shape = async (w: typeof watcher) =>
			(await getMirror(w.org.worker, db, w.org.organisationId, { now: look })).batches
				.map((b) => ({ releasedOn: b.releasedOn, size: b.size }))
				.sort((x, y) => x.releasedOn.localeCompare(y.releasedOn));
		// 2 on the 2nd + 1 on the 3rd = one batch, released on the 4th; the 4th's single answer waits.
		expect(await shape(watcher)).toEqual([{ releasedOn: '2026-11-04', size: 3 }]);
		expect(await shape(away)).toEqual(await shape(watcher));
	});
});

describe('the home page releases groups only when something waits', () => {
	it('skips the release when nothing waits, and shows a group, and a late follow-up, as the mirror would', async () => {
		const { org, token } = await newWorker('H1');
		const due = (iso: string) => hasBatchesToRelease(db, org.worker.userId, org.organisationId, at(iso));
		const home = (iso: string) => getHomeOverview(org.worker, db, org.organisationId, { now: at(iso) });
		expect(await due('2026-11-20T09:00:00Z')).toBe(false);
		const top = { time: 5, appointments: 5, respect: 5, understanding: 5, ownIdeas: 5, helped: 5 };
		await answer(token, at('2026-11-20T09:00:00Z'));
		await answer(token, at('2026-11-20T10:00:00Z'));
		const thin = await answer(token, at('2026-11-20T22:30:00Z'), { scores: top, good: 'goed', better: '' });
		// The same day nothing is released; the next morning the day's answers are a group.
		expect(await due('2026-11-20T22:45:00Z')).toBe(false);
		expect(await due('2026-11-21T00:05:00Z')).toBe(true);
		expect((await home('2026-11-21T00:05:00Z')).mirror?.latest).toEqual({ releasedOn: '2026-11-21', size: 3 });
		expect(await due('2026-11-21T00:05:00Z')).toBe(false);
		// A follow-up after the group was out waits for a later group: nothing to release until there is one.
		await submitFollowUp(
			thin.followUpToken!,
			db,
			{ text: 'Ze belde terug.' },
			{ secret: SECRET, now: at('2026-11-21T00:10:00Z') }
		);
		expect(await due('2026-11-22T09:00:00Z')).toBe(false);
		for (const h of ['09', '10', '11']) await answer(token, at(`2026-11-22T${h}:00:00Z`));
		expect(await due('2026-11-23T09:00:00Z')).toBe(true);
		expect((await home('2026-11-23T09:00:00Z')).mirror?.latest).toEqual({ releasedOn: '2026-11-23', size: 3 });
		expect(await due('2026-11-23T09:00:00Z')).toBe(false);
		// A follow-up that waits while a later group exists is due (as after a release that did not yet take it).
		await db
			.update(feedbackFollowUp)
			.set({ batchId: null })
			.where(eq(feedbackFollowUp.organisationId, org.organisationId));
		expect(await due('2026-11-23T09:00:00Z')).toBe(true);
		await home('2026-11-23T09:00:00Z');
		expect(await due('2026-11-23T09:00:00Z')).toBe(false);
		const mirror = await getMirror(org.worker, db, org.organisationId, { now: at('2026-11-23T09:00:00Z') });
		expect(mirror.batches.find((b) => b.releasedOn === '2026-11-23')?.followUps).toEqual(['Ze belde terug.']);
	});
});

describe('finding 4: no used-card oracle', () => {
	it('a used and an unused card open the same form and answer the same; the second answer is dropped', async () => {
		const { org, requestId } = await newWorker('C1');
		const [used, unused] = await createFeedbackCards(org.worker, db, org.organisationId, requestId, 2);
		const thin = {
			scores: { time: 5, appointments: 5, respect: 5, understanding: 5, ownIdeas: 5, helped: 5 },
			good: 'goed',
			better: ''
		};
		await answer(used, new Date(), thin);
		// The worker (on a second device) types both codes: what comes back has the same shape.
		const [formUsed, formUnused] = [await getFeedbackForm(used, db, SECRET), await getFeedbackForm(unused, db, SECRET)];
		const { formToken: _a, cardCode: _c, ...restUsed } = formUsed;
		const { formToken: _b, cardCode: _d, ...restUnused } = formUnused;
		expect(restUsed).toEqual(restUnused);
		const onUsed = await answer(used, new Date(), thin);
		const onUnused = await answer(unused, new Date(), thin);
		expect(Object.keys(onUsed).sort()).toEqual(Object.keys(onUnused).sort());
		expect(onUsed.batchSize).toBe(onUnused.batchSize);
		expect(onUsed.followUpToken?.length).toBe(onUnused.followUpToken?.length);
		// Only the first answer on the used card counts; its dropped follow-up is dropped too.
		await submitFollowUp(onUsed.followUpToken!, db, { text: 'Geplant vervolg' }, { secret: SECRET });
		const stored = await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, requestId));
		expect(stored).toHaveLength(2);
		expect(await db.select().from(feedbackFollowUp).where(eq(feedbackFollowUp.text, 'Geplant vervolg'))).toHaveLength(
			0
		);
	});
});

describe('finding 5: the export and the mirror do not single out one response', () => {
	it('a special link (easy-read language, own questionnaire, a carer) leaves no row that points to it', async () => {
		const { org, token } = await newWorker('S1');
		const { id: templateId } = await createFeedbackTemplate(org.admin, db, org.organisationId, {
			name: 'Speciaal',
			questions: [{ nl: 'Was [naam] vriendelijk?' }]
		});
		const special = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: 'alleen voor mevrouw X',
			firstName: 'Sanne',
			address: 'je',
			templateId
		});
		const day = at('2026-11-10T10:00:00Z');
		await answer(token, day, { good: 'Gewoon antwoord een.' });
		await answer(token, day, { good: 'Gewoon antwoord twee.' });
		const form = await getFeedbackForm(special.token, db, SECRET);
		const key = form.template!.questions[0].key;
		await answer(
			special.token,
			day,
			{ raterType: 'caregiver', scores: { [key]: 2 }, good: 'Het speciale antwoord.' },
			'eenvoudig'
		);
		const now = at('2026-11-12T10:00:00Z');
		const csv = await exportFeedbackCsv(org.worker, db, org.organisationId, { now });
		expect(csv).not.toMatch(/eenvoudig|caregiver|mantelzorger/u);
		// The own question was answered by one person in a batch of 3: no counts for it.
		// (The question by its Dutch text, the worker's name left out: the Dutch Excel dialect of csv.ts.)
		expect(csv).toContain(';score;Was … vriendelijk?;te weinig antwoorden;');
		expect(csv).not.toContain(';score;Was … vriendelijk?;2;1');
		// No row holds a score and a text together, nor two texts of one response.
		const rows = csv.trim().split('\r\n').slice(1);
		for (const row of rows) expect(row.split(';')[2]).toMatch(/^(score|open antwoord|extra vraag)$/u);
		expect(rows.filter((r) => r.includes('Het speciale antwoord.'))).toHaveLength(1);
		expect(rows.find((r) => r.includes('Het speciale antwoord.'))).toMatch(/;open antwoord;Wat ging goed\?;/u);

		const mirror = await getMirror(org.worker, db, org.organisationId, { now });
		const quote = mirror.batches[0].quotes.find((q) => q.good === 'Het speciale antwoord.')!;
		expect(Object.keys(quote).sort()).toEqual(['better', 'good', 'hasMedia', 'mediaType', 'responseId']);
		expect(mirror.quarters[0].dimensions[key]).toMatchObject({ tooFew: true, mean: null });
		expect(mirror.quarters[0].dimensions[key].distribution).toEqual([0, 0, 0, 0, 0]);
	});

	it('a call-back name is in no batch and no export: it is a contact request of its own', async () => {
		const { org, token } = await newWorker('S2');
		const day = at('2026-11-10T10:00:00Z');
		await answer(token, day, { good: 'Een.' });
		await answer(token, day, { good: 'Twee.' });
		await answer(token, day, { good: 'Drie, van Fatima.', contactName: 'Fatima', contact: '0612345678' });
		const later = at('2026-11-12T10:00:00Z');
		const mirror = await getMirror(org.worker, db, org.organisationId, { now: later });
		expect(mirror.batches[0].quotes).toHaveLength(3);
		expect(JSON.stringify(mirror)).not.toContain('Fatima"');
		expect(JSON.stringify(mirror)).not.toContain('0612345678');
		const csv = await exportFeedbackCsv(org.worker, db, org.organisationId, { now: later });
		expect(csv).not.toContain('0612345678');
		expect(csv).not.toContain('call_back');
		const requests = await findContactRequests(org.worker, db, org.organisationId);
		expect(requests.open.map((r) => [r.name, r.contact, r.requestedOn])).toEqual([
			['Fatima', '0612345678', '2026-11-10']
		]);
	});
});

describe('finding 6: no group smaller than k in the statistics', () => {
	it('a batch across New Year counts whole in one quarter; no quarter shows fewer than k answers', async () => {
		const { org, token } = await newWorker('Q1');
		await answer(token, at('2025-12-31T10:00:00Z'), { scores: { appointments: 5 } });
		await answer(token, at('2025-12-31T11:00:00Z'), { scores: { appointments: 5 } });
		await answer(token, at('2026-01-01T10:00:00Z'), { scores: { appointments: 1 } });
		const mirror = await getMirror(org.worker, db, org.organisationId, {
			now: at('2026-01-03T10:00:00Z'),
			today: '2026-01-03'
		});
		expect(mirror.quarters.map((q) => [q.quarter, q.responses])).toEqual([['2026-Q1', 3]]);
		expect(mirror.quarters[0].dimensions.appointments).toMatchObject({ n: 3, mean: 3.7, tooFew: false });
		expect(mirror.alerts).toEqual([]);
		// Every dimension with scores shows either at least k of them or nothing.
		for (const q of mirror.quarters)
			for (const d of Object.values(q.dimensions)) expect(d.n === 0 || d.n >= 3 || d.tooFew).toBe(true);
	});
});

describe('finding 7: a follow-up is not tied to its answer', () => {
	it('a follow-up sent after its batch was released waits for a later batch and is on no quote', async () => {
		const { org, token } = await newWorker('F1');
		const top = { time: 5, appointments: 5, respect: 5, understanding: 5, ownIdeas: 5, helped: 5 };
		await answer(token, at('2026-11-10T09:00:00Z'));
		await answer(token, at('2026-11-10T10:00:00Z'));
		const thin = await answer(token, at('2026-11-10T22:30:00Z'), { scores: top, good: 'goed', better: '' });
		expect(thin.followUpToken).toBeTruthy();
		// Past midnight: the batch of the 10th is out; then the follow-up comes.
		const first = await getMirror(org.worker, db, org.organisationId, { now: at('2026-11-11T00:05:00Z') });
		expect(first.batches).toHaveLength(1);
		await submitFollowUp(
			thin.followUpToken!,
			db,
			{ text: 'Ze kwam altijd op tijd.' },
			{
				secret: SECRET,
				now: at('2026-11-11T00:10:00Z')
			}
		);
		let mirror = await getMirror(org.worker, db, org.organisationId, { now: at('2026-11-13T09:00:00Z') });
		expect(JSON.stringify(mirror.batches)).not.toContain('Ze kwam altijd op tijd.');
		// Three answers on the 12th make the next batch: the follow-up comes with it, apart from the quotes.
		for (const h of ['09', '10', '11']) await answer(token, at(`2026-11-12T${h}:00:00Z`));
		mirror = await getMirror(org.worker, db, org.organisationId, { now: at('2026-11-13T09:00:00Z') });
		expect(mirror.batches).toHaveLength(2);
		const later = mirror.batches.find((b) => b.id !== first.batches[0].id)!;
		expect(later.followUps).toEqual(['Ze kwam altijd op tijd.']);
		expect(JSON.stringify(mirror.batches.flatMap((b) => b.quotes))).not.toContain('Ze kwam altijd op tijd.');
		expect(Object.keys(getTableColumns(feedbackFollowUp))).not.toContain('responseId');
		// A colleague in the same team (org.coach also works as a worker) sees none of it.
		const colleague = await getMirror(org.coach, db, org.organisationId, { now: at('2026-11-13T09:00:00Z') });
		expect(JSON.stringify(colleague)).not.toContain('Ze kwam altijd op tijd.');
		expect(
			await exportFeedbackCsv(org.coach, db, org.organisationId, { now: at('2026-11-13T09:00:00Z') })
		).not.toContain('Ze kwam altijd op tijd.');
	});
});

describe('finding 14: days, not times', () => {
	it('a used form token and the flood guard keep a day only; the response nothing finer', async () => {
		const { token, requestId } = await newWorker('D1');
		await answer(token, at('2026-11-10T09:17:23.456Z'));
		const nonces = await db.select().from(feedbackFormNonce).where(eq(feedbackFormNonce.requestId, requestId));
		const rates = await db.select().from(feedbackRate).where(eq(feedbackRate.requestId, requestId));
		const responses = await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, requestId));
		for (const rows of [nonces, rates, responses]) {
			expect(rows).toHaveLength(1);
			expect(JSON.stringify(rows)).not.toMatch(/\d{2}:\d{2}|T\d{2}|\d{13}/u);
		}
		expect(Object.keys(getTableColumns(feedbackFormNonce)).sort()).toEqual(['keepUntil', 'nonce', 'requestId']);
		expect(Object.keys(getTableColumns(feedbackCard))).not.toContain('usedAt');
	});
});

describe('finding 14: a data export does not give the order of arrival', () => {
	it("vakspiegel export lists residents' answers in random order, not as they were written", async () => {
		const { token, requestId } = await newWorker('D2');
		const sent: string[] = [];
		for (let i = 0; i < 12; i++) {
			sent.push(`Antwoord nummer ${i} in volgorde.`);
			await answer(token, at('2026-11-10T09:00:00Z'), { good: sent[i] });
		}
		const exported = async () =>
			(await exportData(db, 'test')).tables.feedback_response
				.filter((r) => r.request_id === requestId)
				.map((r) => r.good as string);
		const order = await exported();
		expect([...order].sort()).toEqual([...sent].sort());
		// 12! orders: the arrival order by chance would be 1 in 479 million.
		expect(order).not.toEqual(sent);
	});
});
