import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { feedbackFormNonce, feedbackRate, feedbackResponse } from '../db/schema';
import { createFeedbackRequest } from './create-feedback-request';
import { createFeedbackCards } from './create-feedback-cards';
import { getFeedbackForm } from './get-feedback-form';
import { updateFeedbackRequest } from './update-feedback-request';
import { fastSubmit } from './fast-submit';
import { sentFlagCookie } from './sent-flag';

// The fast lane's part in the database (fast-lane.ts): it stores the common case itself, declines
// everything the page's action must answer before writing anything, and reports a refusal.

const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;
let org: OrgFixture;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	org = await createOrgFixture(db, 'Snel');
});
afterAll(() => tdb?.cleanup());

const newRequest = () =>
	createFeedbackRequest(org.worker, db, org.organisationId, { label: '', firstName: 'Sanne', address: 'je' });

async function post(tokenOrCode: string, fields: Record<string, string>, formToken?: string) {
	const token = formToken ?? (await getFeedbackForm(tokenOrCode, db, SECRET)).formToken;
	const body = new URLSearchParams({ formToken: token, taal: 'nl', rater: 'resident', ...fields });
	const url = new URL(`http://localhost/f/${tokenOrCode}`);
	return fastSubmit(tokenOrCode, url, body, 'nl', { db, secret: SECRET });
}

const answers = {
	score_time: '4',
	score_respect: '3',
	good: 'Ze luisterde goed en nam de tijd.',
	better: 'Vaker bellen.'
};

async function stored(requestId: string) {
	const [row] = await db.select({ n: count() }).from(feedbackResponse).where(eq(feedbackResponse.requestId, requestId));
	return row.n;
}

async function writes() {
	const [nonces] = await db.select({ n: count() }).from(feedbackFormNonce);
	const [rates] = await db.select({ n: count() }).from(feedbackRate);
	const [responses] = await db.select({ n: count() }).from(feedbackResponse);
	return [nonces.n, rates.n, responses.n];
}

describe('fastSubmit', () => {
	it('stores a valid form on a link: the thank-you page and the "already answered" flag', async () => {
		const req = await newRequest();
		const outcome = await post(req.token, { ...answers, taal: 'ar' });
		expect(outcome).toEqual({
			kind: 'stored',
			location: `/f/${req.token}/bedankt?taal=ar`,
			sentFlag: { name: `vs_sent_${req.id.slice(0, 8)}`, path: `/f/${req.token}` }
		});
		expect(await stored(req.id)).toBe(1);
		if (outcome.kind !== 'stored' || !outcome.sentFlag) throw new Error('stored with a flag expected');
		expect(sentFlagCookie(outcome.sentFlag, true)).toBe(
			`vs_sent_${req.id.slice(0, 8)}=1; Max-Age=43200; Path=/f/${req.token}; HttpOnly; Secure; SameSite=Strict`
		);
	});

	it('declines, writing nothing, what the page must answer: errors, the follow-up question, a bad form', async () => {
		const req = await newRequest();
		const before = await writes();
		expect(await post(req.token, { good: 'Geen scores gegeven.' })).toEqual({ kind: 'declined' });
		expect(await post(req.token, { ...answers, rater: 'buurman' })).toEqual({ kind: 'declined' });
		expect(await post(req.token, { ...answers, good: 'x'.repeat(5000) })).toEqual({ kind: 'declined' });
		// All top scores with thin answers: the page asks the follow-up question.
		expect(await post(req.token, { score_time: '5', score_respect: '5', good: 'Goed', better: '' })).toEqual({
			kind: 'declined'
		});
		expect(await post(req.token, answers, 'not-a-form-token')).toEqual({ kind: 'declined' });
		const other = await newRequest();
		const otherForm = await getFeedbackForm(other.token, db, SECRET);
		expect(await post(req.token, answers, otherForm.formToken)).toEqual({ kind: 'declined' });
		expect(await post('onbekend-token', answers, otherForm.formToken)).toEqual({ kind: 'declined' });
		expect(await writes()).toEqual(before);
	});

	it('stores a card once; a second form for that card is refused as used, without its answers', async () => {
		const req = await newRequest();
		const [code] = await createFeedbackCards(org.worker, db, org.organisationId, req.id, 1);
		const first = await getFeedbackForm(code, db, SECRET);
		const second = await getFeedbackForm(code, db, SECRET);
		const outcome = await post(code, answers, first.formToken);
		expect(outcome).toMatchObject({ kind: 'stored', location: `/f/${code}/bedankt?taal=nl`, sentFlag: null });
		const refused = await post(code, { ...answers, good: 'Van de tweede telefoon.' }, second.formToken);
		expect(refused).toMatchObject({ kind: 'refused', error: { reason: 'cardUsed', status: 409 } });
		expect(await stored(req.id)).toBe(1);
	});

	it('refuses a paused request and a form sent twice', async () => {
		const req = await newRequest();
		const form = await getFeedbackForm(req.token, db, SECRET);
		expect(await post(req.token, answers, form.formToken)).toMatchObject({ kind: 'stored' });
		expect(await post(req.token, answers, form.formToken)).toMatchObject({
			kind: 'refused',
			error: { reason: 'expired' }
		});
		const next = await getFeedbackForm(req.token, db, SECRET);
		await updateFeedbackRequest(org.worker, db, org.organisationId, req.id, { status: 'paused' });
		expect(await post(req.token, answers, next.formToken)).toMatchObject({
			kind: 'refused',
			error: { reason: 'paused' }
		});
		expect(await stored(req.id)).toBe(1);
	});
});
