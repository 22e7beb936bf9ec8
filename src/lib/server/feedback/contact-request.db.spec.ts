import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableColumns } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { feedbackContactRequest, feedbackRequest, feedbackResponse, passwordReset } from '../db/schema';
import type { Mailer } from '../mail';
import { noMail } from '../mail';
import { runRetention, CONTACT_HANDLED_KEEP_DAYS } from '../retention';
import { createFeedbackRequest } from './create-feedback-request';
import { createFeedbackCards } from './create-feedback-cards';
import { getFeedbackForm } from './get-feedback-form';
import { submitFeedbackResponse } from './submit-feedback-response';
import { getMirror } from './get-mirror';
import { exportFeedbackCsv } from './export-feedback-csv';
import { findContactRequests } from './find-contact-requests';
import { setContactRequestHandled } from './set-contact-request-handled';
import { notifyContactRequest } from './notify-contact-request';
import { todayInNL } from '../dates';
import type { ResponseInput } from './response-input';

// Issue 13, item 1: a call-back request reaches the worker at once, on its own, and only that worker.
const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

const answers = (over: Partial<ResponseInput> = {}): ResponseInput => ({
	raterType: 'resident',
	scores: { time: 2, appointments: 1, respect: 1, understanding: 2, ownIdeas: null, helped: 1 },
	good: '',
	better: 'Ik voelde me niet serieus genomen. Bel me alsjeblieft.',
	contactName: null,
	contact: null,
	media: null,
	...over
});

async function answer(tokenOrCode: string, over: Partial<ResponseInput> = {}, now = new Date()) {
	const form = await getFeedbackForm(tokenOrCode, db, SECRET);
	return submitFeedbackResponse(
		tokenOrCode,
		db,
		{ ...answers(over), language: 'nl', formToken: form.formToken },
		{ secret: SECRET, now }
	);
}

const openNames = async (actor: OrgFixture['worker'], organisationId: string) =>
	(await findContactRequests(actor, db, organisationId)).open.map((r) => r.name);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

describe('a call-back request', () => {
	let token: string;
	let requestId: string;

	beforeAll(async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: 'huisbezoek',
			firstName: 'Sanne',
			address: 'je'
		});
		token = req.token;
		requestId = req.id;
	});

	it('is visible at once while its answer is still unreleased, without the scores or texts', async () => {
		const result = await answer(token, { contactName: 'Fatima Yilmaz', contact: '06 12 34 56 78' });
		expect(result.contactRequestFor).toBe(a.worker.userId);
		// The answer waits for its batch (k = 3, whole finished days)...
		const mirror = await getMirror(a.worker, db, a.organisationId);
		expect(mirror.batches).toHaveLength(0);
		// ...the request does not.
		const requests = await findContactRequests(a.worker, db, a.organisationId);
		expect(requests.open).toEqual([
			{
				id: expect.any(String),
				name: 'Fatima Yilmaz',
				contact: '06 12 34 56 78',
				requestedOn: todayInNL(),
				handledOn: null
			}
		]);
		expect(JSON.stringify(requests)).not.toMatch(/serieus|alsjeblieft/u);
		// The answer itself holds no name any more.
		const [row] = await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, requestId));
		expect(JSON.stringify(row)).not.toMatch(/Fatima|12 34/u);
	});

	it('holds nothing that links it to its response: no response, request or link id, no order, no time', async () => {
		expect(
			Object.values(getTableColumns(feedbackContactRequest))
				.map((c) => c.name)
				.sort()
		).toEqual(['contact', 'handled_on', 'id', 'name', 'organisation_id', 'requested_on', 'worker_user_id']);
		const [request] = await db
			.select()
			.from(feedbackContactRequest)
			.where(eq(feedbackContactRequest.name, 'Fatima Yilmaz'));
		const responses = await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, requestId));
		const [link] = await db.select().from(feedbackRequest).where(eq(feedbackRequest.id, requestId));
		const values = Object.values(request).map(String);
		for (const id of [...responses.map((r) => r.id), link.id, link.token]) expect(values).not.toContain(id);
		expect(request.requestedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(JSON.stringify(request)).not.toMatch(/\d{2}:\d{2}/u);
	});

	it('is made only when the resident gives a name, and not for an answer that is dropped', async () => {
		const before = (await findContactRequests(a.worker, db, a.organisationId)).open.length;
		expect((await answer(token)).contactRequestFor).toBeNull();
		const [code] = await createFeedbackCards(a.worker, db, a.organisationId, requestId, 1);
		await answer(code, { contactName: 'Eerste', contact: 'eerste@voorbeeld.nl' });
		// A used card: the second answer is dropped without telling, and its request with it.
		expect((await answer(code, { contactName: 'Tweede', contact: '0687654321' })).contactRequestFor).toBeNull();
		expect(await openNames(a.worker, a.organisationId)).toContain('Eerste');
		expect(await openNames(a.worker, a.organisationId)).not.toContain('Tweede');
		expect((await findContactRequests(a.worker, db, a.organisationId)).open).toHaveLength(before + 1);
	});

	it('is in no batch and no CSV once its answer is released (the PDF is made from the same batches)', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const yesterday = new Date(Date.now() - 24 * 3600_000);
		for (let i = 0; i < 3; i++) {
			await answer(req.token, i === 0 ? { contactName: 'Jan Later', contact: '0611111111' } : {}, yesterday);
		}
		const mirror = await getMirror(a.worker, db, a.organisationId);
		expect(mirror.batches.length).toBeGreaterThan(0);
		expect(JSON.stringify(mirror)).not.toMatch(/Jan Later|0611111111/u);
		expect(await exportFeedbackCsv(a.worker, db, a.organisationId)).not.toMatch(/Jan Later|0611111111/u);
		expect(await openNames(a.worker, a.organisationId)).toContain('Jan Later');
	});

	it('is ticked off ("Afgehandeld") and put back by its worker', async () => {
		const [request] = (await findContactRequests(a.worker, db, a.organisationId)).open;
		const done = await setContactRequestHandled(a.worker, db, {
			organisationId: a.organisationId,
			contactRequestId: request.id,
			handled: true
		});
		expect(done.name).toBe(request.name);
		let requests = await findContactRequests(a.worker, db, a.organisationId);
		expect(requests.open.map((r) => r.id)).not.toContain(request.id);
		expect(requests.handled.find((r) => r.id === request.id)?.handledOn).toBe(todayInNL());
		await setContactRequestHandled(a.worker, db, {
			organisationId: a.organisationId,
			contactRequestId: request.id,
			handled: false
		});
		requests = await findContactRequests(a.worker, db, a.organisationId);
		expect(requests.open.map((r) => r.id)).toContain(request.id);
		expect(requests.handled.map((r) => r.id)).not.toContain(request.id);
	});
});

describe('another worker, the coach, the admin or another organisation', () => {
	let requestId: string;

	beforeAll(async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		await answer(req.token, { contactName: 'Alleen Voor Sanne', contact: '0622222222' });
		requestId = (await findContactRequests(a.worker, db, a.organisationId)).open.find(
			(r) => r.name === 'Alleen Voor Sanne'
		)!.id;
	});

	it('never see it', async () => {
		// A colleague in the same team (coach and worker) has a list of their own: without it.
		expect(JSON.stringify(await findContactRequests(a.coach, db, a.organisationId))).not.toContain('Alleen Voor');
		await expect(findContactRequests(a.admin, db, a.organisationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(findContactRequests(a.facilitator, db, a.organisationId)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(findContactRequests(b.worker, db, a.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(JSON.stringify(await findContactRequests(b.worker, db, b.organisationId))).not.toContain('Alleen Voor');
	});

	it('cannot tick it off (or put it back) by its id', async () => {
		for (const [actor, organisationId] of [
			[a.coach, a.organisationId],
			[a.admin, a.organisationId],
			[b.worker, b.organisationId],
			[b.worker, a.organisationId],
			[b.admin, b.organisationId]
		] as const) {
			for (const handled of [true, false]) {
				await expect(
					setContactRequestHandled(actor, db, { organisationId, contactRequestId: requestId, handled })
				).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u) });
			}
		}
		const [row] = await db.select().from(feedbackContactRequest).where(eq(feedbackContactRequest.id, requestId));
		expect(row.handledOn).toBeNull();
		expect(await openNames(a.worker, a.organisationId)).toContain('Alleen Voor Sanne');
	});

	it('cannot read it through a reset password until the worker confirmed the reset (ADR 0010)', async () => {
		const org = await createOrgFixture(db, 'Reset');
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Kim',
			address: 'je'
		});
		await answer(req.token, { contactName: 'Na Reset', contact: '0633333333' });
		const [reset] = await db
			.insert(passwordReset)
			.values({
				organisationId: org.organisationId,
				userId: org.worker.userId,
				tokenHash: `hash-${org.organisationId}`,
				expiresAt: new Date(Date.now() + 3600_000),
				usedAt: new Date(),
				locksPrivate: true
			})
			.returning();
		await expect(findContactRequests(org.worker, db, org.organisationId)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await db.update(passwordReset).set({ confirmedAt: new Date() }).where(eq(passwordReset.id, reset.id));
		expect(await openNames(org.worker, org.organisationId)).toEqual(['Na Reset']);
	});
});

describe('the e-mail notice', () => {
	it('goes to the worker with a link, without the name or contact of the resident', async () => {
		const sent: { to: string; subject: string; text: string }[] = [];
		const mailer: Mailer = { send: async (message) => (sent.push(message), true) };
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const result = await answer(req.token, { contactName: 'Geheim Naam', contact: 'geheim@voorbeeld.nl' });
		expect(
			await notifyContactRequest(db, result.contactRequestFor!, { origin: 'https://vakspiegel.test', mailer })
		).toBe(true);
		expect(sent).toHaveLength(1);
		expect(sent[0].to).toBe(a.worker.email);
		expect(sent[0].subject).toBe('Er is een verzoek om contact voor je in Vakspiegel');
		expect(sent[0].text).toContain('https://vakspiegel.test/');
		expect(JSON.stringify(sent)).not.toMatch(/Geheim|geheim@|serieus/u);
		// Without SMTP nothing is sent; the request is on the home page all the same.
		expect(await notifyContactRequest(db, a.worker.userId, { origin: 'https://vakspiegel.test', mailer: noMail })).toBe(
			false
		);
	});
});

describe('retention', () => {
	it(`deletes a ticked-off request ${CONTACT_HANDLED_KEEP_DAYS} days after it was ticked off; open ones stay`, async () => {
		const org = await createOrgFixture(db, 'Bewaren');
		const long = todayInNL(new Date(Date.now() - (CONTACT_HANDLED_KEEP_DAYS + 2) * 24 * 3600_000));
		const recent = todayInNL(new Date(Date.now() - 2 * 24 * 3600_000));
		const row = { organisationId: org.organisationId, workerUserId: org.worker.userId, contact: '0600000000' };
		await db.insert(feedbackContactRequest).values([
			{ ...row, name: 'Oud afgehandeld', requestedOn: long, handledOn: long },
			{ ...row, name: 'Net afgehandeld', requestedOn: long, handledOn: recent },
			{ ...row, name: 'Oud open', requestedOn: long }
		]);
		await runRetention(db);
		const left = await db
			.select({ name: feedbackContactRequest.name })
			.from(feedbackContactRequest)
			.where(eq(feedbackContactRequest.workerUserId, org.worker.userId));
		expect(left.map((r) => r.name).sort()).toEqual(['Net afgehandeld', 'Oud open']);
	});
});
