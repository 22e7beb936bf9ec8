import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableColumns } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import {
	feedbackCard,
	feedbackFollowUp,
	feedbackRequest,
	feedbackResponse,
	feedbackRate,
	organisation,
	reflection,
	selfRating
} from '../db/schema';
import type { UserActor } from '../actor';
import { createFeedbackRequest } from './create-feedback-request';
import { createFeedbackCards } from './create-feedback-cards';
import { getFeedbackForm } from './get-feedback-form';
import { submitFeedbackResponse } from './submit-feedback-response';
import { submitFollowUp } from './submit-follow-up';
import { getMirror } from './get-mirror';
import { findContactRequests } from './find-contact-requests';
import { findFeedbackRequests } from './find-feedback-requests';
import { getFeedbackRequest } from './get-feedback-request';
import { updateFeedbackRequest } from './update-feedback-request';
import { createReflection } from './create-reflection';
import { deleteReflection } from './delete-reflection';
import { updateSelfRating } from './update-self-rating';
import { exportFeedbackCsv } from './export-feedback-csv';
import { exportFeedbackCards } from './export-feedback-cards';
import { exportFeedbackPdf } from './export-feedback-pdf';
import { createFeedbackTemplate } from './create-feedback-template';
import { findFeedbackTemplates } from './find-feedback-templates';
import { archiveFeedbackTemplate } from './archive-feedback-template';
import { getFeedbackTemplate } from './get-feedback-template';
import { updateFeedbackTemplate } from './update-feedback-template';
import { formQuestions } from './dimensions';
import { residentTexts } from './texts';
import { feedbackTemplate } from '../db/schema';
import { getFeedbackMedia } from './get-feedback-media';
import { FeedbackError } from './feedback-error';
import type { ResponseInput } from './response-input';
import type { ScaleWords } from '../../feedback/scale';

const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let colleague: UserActor; // same organisation and same team as a.worker

const answers = (over: Partial<ResponseInput> = {}): ResponseInput => ({
	raterType: 'resident',
	scores: { time: 4, appointments: 3, respect: 5, understanding: 4, ownIdeas: null, helped: 4 },
	good: 'Ze luisterde echt naar mij en belde terug toen ze dat zei.',
	better: 'Soms kwam ze te laat.',
	contactName: null,
	contact: null,
	media: null,
	...over
});

/** Answers given yesterday: today's nightly cut has released them (release-batches.ts). */
const YESTERDAY = () => new Date(Date.now() - 24 * 3600_000);

async function answer(tokenOrCode: string, over: Partial<ResponseInput> = {}, now = YESTERDAY()) {
	const form = await getFeedbackForm(tokenOrCode, db, SECRET);
	return submitFeedbackResponse(
		tokenOrCode,
		db,
		{ ...answers(over), language: 'nl', formToken: form.formToken },
		{ secret: SECRET, now }
	);
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	colleague = a.coach; // coach + worker, in the same team as a.worker
});
afterAll(() => tdb?.cleanup());

describe('batches keep residents anonymous', () => {
	it('shows nothing with 2 new responses, and all three after the 3rd, in one batch', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: 'huisbezoek',
			firstName: 'Sanne',
			address: 'je'
		});
		await answer(req.token);
		await answer(req.token, { good: 'Tweede reactie met genoeg woorden erin.' });
		let mirror = await getMirror(a.worker, db, a.organisationId);
		expect(mirror.batches).toHaveLength(0);
		expect(mirror.quarters).toHaveLength(0);
		await answer(req.token, { good: 'Derde reactie, ook met genoeg woorden.' });
		mirror = await getMirror(a.worker, db, a.organisationId);
		expect(mirror.batches).toHaveLength(1);
		expect(mirror.batches[0].size).toBe(3);
		expect(mirror.batches[0].quotes.map((q) => q.good).sort()).toEqual(
			[
				'Derde reactie, ook met genoeg woorden.',
				'Tweede reactie met genoeg woorden erin.',
				'Ze luisterde echt naar mij en belde terug toen ze dat zei.'
			].sort()
		);
		expect(mirror.quarters[0].dimensions.respect).toMatchObject({ n: 3, mean: 5 });
		expect(mirror.quarters[0].dimensions.ownIdeas).toMatchObject({ n: 0, dontKnow: 3, mean: null });
	});

	it('follows the organisation setting k', async () => {
		await db.update(organisation).set({ feedbackBatchSize: 2 }).where(eq(organisation.id, b.organisationId));
		const req = await createFeedbackRequest(b.worker, db, b.organisationId, {
			label: '',
			firstName: 'Bo',
			address: 'u'
		});
		await answer(req.token);
		expect((await getMirror(b.worker, db, b.organisationId)).batches).toHaveLength(0);
		await answer(req.token);
		expect((await getMirror(b.worker, db, b.organisationId)).batches).toHaveLength(1);
	});

	it('stores nothing identifying: only the listed columns, a date without time', async () => {
		const columns = Object.values(getTableColumns(feedbackResponse))
			.map((c) => c.name)
			.sort();
		expect(columns).toEqual(
			[
				'id',
				'request_id',
				'organisation_id',
				'worker_user_id',
				'rater_type',
				'language',
				'scores',
				'good',
				'better',
				'submitted_on',
				'batch_id',
				'shuffle',
				// Whether its finished day was rewritten in random order (reordering.ts): says no more than the date.
				'reordered'
			].sort()
		);
		const [row] = await db.select().from(feedbackResponse).limit(1);
		expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(JSON.stringify(row)).not.toMatch(/\d{2}:\d{2}:\d{2}/);
	});
});

describe('cards and links', () => {
	it('a card code accepts exactly one response', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: 'kaartjes',
			firstName: 'Sanne',
			address: 'je'
		});
		const [code] = await createFeedbackCards(a.worker, db, a.organisationId, req.id, 2);
		expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		const form = await getFeedbackForm(code.toLowerCase(), db, SECRET).catch(() => null);
		expect(form).toBeNull(); // the route normalises typed codes; the link itself is upper case
		await answer(code);
		// A second answer looks the same to the one who sends it (no used-card oracle), but is dropped.
		await expect(answer(code)).resolves.toMatchObject({ batchSize: 3 });
		expect(await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, req.id))).toHaveLength(1);
		const [card] = await db.select().from(feedbackCard).where(eq(feedbackCard.code, code));
		expect(card.usedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('a form can be sent once: a replay is refused', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const form = await getFeedbackForm(req.token, db, SECRET);
		const input = { ...answers(), language: 'nl', formToken: form.formToken };
		await submitFeedbackResponse(req.token, db, input, { secret: SECRET });
		await expect(submitFeedbackResponse(req.token, db, input, { secret: SECRET })).rejects.toMatchObject({
			reason: 'expired'
		});
		await expect(
			submitFeedbackResponse(req.token, db, { ...input, formToken: 'vervalst.token' }, { secret: SECRET })
		).rejects.toBeInstanceOf(FeedbackError);
	});

	it('a flood on one link is stopped per day, without losing what was stored; a room of phones fits', async () => {
		const req = await createFeedbackRequest(b.worker, db, b.organisationId, {
			label: '',
			firstName: 'Bo',
			address: 'je'
		});
		const morning = new Date('2026-11-23T10:15:00Z');
		// 60 phones behind one Wi-Fi all get through (no per-IP limit exists at all).
		for (let i = 0; i < 60; i++) await answer(req.token, {}, morning);
		// The default daily cap leaves room for more than one full room; here it is lowered to 60.
		const [{ dailyLimit }] = await db
			.update(feedbackRequest)
			.set({ dailyLimit: 60 })
			.where(eq(feedbackRequest.id, req.id))
			.returning({ dailyLimit: feedbackRequest.dailyLimit });
		expect(dailyLimit).toBe(60);
		await expect(answer(req.token, {}, new Date('2026-11-23T21:00:00Z'))).rejects.toMatchObject({ reason: 'flood' });
		const stored = await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, req.id));
		expect(stored).toHaveLength(60);
		await answer(req.token, {}, new Date('2026-11-24T08:01:00Z'));
		const rates = await db.select().from(feedbackRate).where(eq(feedbackRate.requestId, req.id));
		expect(Object.keys(rates[0]).sort()).toEqual(['count', 'day', 'requestId']);
		expect(rates.map((r) => r.day).sort()).toEqual(['2026-11-23', '2026-11-24']);
	});

	it('paused and closed requests take no answers; closed is final', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		await updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'paused' });
		await expect(getFeedbackForm(req.token, db, SECRET)).rejects.toMatchObject({ reason: 'paused' });
		await updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'closed' });
		await expect(getFeedbackForm(req.token, db, SECRET)).rejects.toMatchObject({ reason: 'closed' });
		await expect(
			updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'open' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await expect(getFeedbackForm('bestaat-niet-maar-lang-genoeg-xyz', db, SECRET)).rejects.toMatchObject({
			reason: 'notFound'
		});
	});

	it('a form opened before its request was paused or closed is refused then, and nothing is stored', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		// One answer first: the request's facts are now in the submit's memory.
		await answer(req.token);
		const form = await getFeedbackForm(req.token, db, SECRET);
		const input = { ...answers(), language: 'nl', formToken: form.formToken };
		const stored = async () =>
			(await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, req.id))).length;
		await updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'paused' });
		await expect(submitFeedbackResponse(req.token, db, input, { secret: SECRET })).rejects.toMatchObject({
			reason: 'paused'
		});
		expect(await stored()).toBe(1);
		// Reopened: the same form still goes through (the pause did not use it up).
		await updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'open' });
		await submitFeedbackResponse(req.token, db, input, { secret: SECRET });
		expect(await stored()).toBe(2);
		const next = await getFeedbackForm(req.token, db, SECRET);
		await updateFeedbackRequest(a.worker, db, a.organisationId, req.id, { status: 'closed' });
		await expect(
			submitFeedbackResponse(req.token, db, { ...input, formToken: next.formToken }, { secret: SECRET })
		).rejects.toMatchObject({ reason: 'closed' });
		expect(await stored()).toBe(2);
	});

	it("a form counts only for its own link or card, and a card's form only once", async () => {
		const one = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const other = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const [code, code2] = await createFeedbackCards(a.worker, db, a.organisationId, one.id, 2);
		const linkForm = await getFeedbackForm(one.token, db, SECRET);
		const cardForm = await getFeedbackForm(code, db, SECRET);
		const send = (tokenOrCode: string, formToken: string) =>
			submitFeedbackResponse(tokenOrCode, db, { ...answers(), language: 'nl', formToken }, { secret: SECRET });
		// Another link, the link of a card's form, or another card of the same request: refused as expired.
		await expect(send(other.token, linkForm.formToken)).rejects.toMatchObject({ reason: 'expired' });
		await expect(send(one.token, cardForm.formToken)).rejects.toMatchObject({ reason: 'expired' });
		await expect(send(code2, cardForm.formToken)).rejects.toMatchObject({ reason: 'expired' });
		await expect(send(code, linkForm.formToken)).rejects.toMatchObject({ reason: 'expired' });
		expect(await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, other.id))).toHaveLength(0);
		// Two forms opened from the same card: the first one sent uses the card up.
		const cardForm2 = await getFeedbackForm(code, db, SECRET);
		await send(code, cardForm.formToken);
		await expect(send(code, cardForm2.formToken)).resolves.toMatchObject({ batchSize: 3 });
		expect(await db.select().from(feedbackResponse).where(eq(feedbackResponse.requestId, one.id))).toHaveLength(1);
	});

	it('asks the follow-up question only for all-top scores with thin answers, once', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const top = { time: 5, appointments: 5, respect: 5, understanding: 5, ownIdeas: 5, helped: 5 };
		const thin = await answer(req.token, { scores: top, good: 'goed', better: 'niks' }, new Date());
		expect(thin.followUpToken).toBeTruthy();
		const rich = await answer(req.token, {
			scores: top,
			good: 'Ze nam de tijd om mijn brieven samen door te lopen.',
			better: ''
		});
		expect(rich.followUpToken).toBeNull();
		await submitFollowUp(thin.followUpToken!, db, { text: 'Ze kwam op tijd en nam de tijd.' }, { secret: SECRET });
		await expect(
			submitFollowUp(thin.followUpToken!, db, { text: 'nog eens' }, { secret: SECRET })
		).rejects.toMatchObject({ reason: 'expired' });
		const rows = await db
			.select()
			.from(feedbackFollowUp)
			.where(eq(feedbackFollowUp.text, 'Ze kwam op tijd en nam de tijd.'));
		expect(rows).toHaveLength(1);
	});
});

describe('another worker, team or organisation cannot see or change it', () => {
	let reqId: string;
	let responseId: string;
	let reflectionId: string;

	beforeAll(async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: 'privé',
			firstName: 'Sanne',
			address: 'je'
		});
		reqId = req.id;
		for (let i = 0; i < 3; i++)
			await answer(req.token, { contactName: i === 0 ? 'Fatima' : null, contact: i === 0 ? '0612345678' : null });
		const mirror = await getMirror(a.worker, db, a.organisationId);
		responseId = mirror.batches[0].quotes[0].responseId;
		reflectionId = (
			await createReflection(a.worker, db, a.organisationId, {
				text: 'Ik wil vaker terugbellen.',
				batchId: mirror.batches[0].id
			})
		).id;
		await updateSelfRating(a.worker, db, a.organisationId, { scores: { time: 5 } });
	});

	it('feedback requests and cards: a colleague in the same team, the admin and another organisation get NOT_FOUND', async () => {
		for (const [actor, org] of [
			[colleague, a.organisationId],
			[a.admin, a.organisationId],
			[b.worker, b.organisationId],
			[b.worker, a.organisationId]
		] as const) {
			await expect(getFeedbackRequest(actor, db, org, reqId)).rejects.toMatchObject({
				code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/)
			});
			await expect(updateFeedbackRequest(actor, db, org, reqId, { status: 'closed' })).rejects.toMatchObject({
				code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/)
			});
			await expect(createFeedbackCards(actor, db, org, reqId, 8)).rejects.toMatchObject({
				code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/)
			});
			await expect(exportFeedbackCards(actor, db, org, reqId, { origin: 'http://x' })).rejects.toMatchObject({
				code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/)
			});
		}
		expect((await findFeedbackRequests(colleague, db, a.organisationId)).map((r) => r.id)).not.toContain(reqId);
		expect((await getFeedbackRequest(a.worker, db, a.organisationId, reqId)).status).toBe('open');
	});

	it("responses, batches, media and quotes: the colleague's mirror and export hold none of them", async () => {
		const mine = await getMirror(colleague, db, a.organisationId);
		expect(mine.batches.flatMap((x) => x.quotes).map((q) => q.responseId)).not.toContain(responseId);
		expect(await exportFeedbackCsv(colleague, db, a.organisationId)).not.toContain('Fatima');
		await expect(getFeedbackMedia(colleague, db, a.organisationId, responseId)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(getMirror(b.worker, db, a.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		// Admins and facilitators without the worker role have no mirror at all.
		await expect(getMirror(a.admin, db, a.organisationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(getMirror(a.facilitator, db, a.organisationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('reflections: another worker cannot attach to my batch, nor delete or read mine', async () => {
		const mirror = await getMirror(a.worker, db, a.organisationId);
		await expect(
			createReflection(colleague, db, a.organisationId, { text: 'x', batchId: mirror.batches[0].id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(createReflection(colleague, db, a.organisationId, { text: 'x', responseId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(deleteReflection(colleague, db, a.organisationId, reflectionId)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(deleteReflection(b.worker, db, b.organisationId, reflectionId)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await getMirror(colleague, db, a.organisationId)).reflections.map((r) => r.id)).not.toContain(reflectionId);
		expect(await db.select().from(reflection).where(eq(reflection.id, reflectionId))).toHaveLength(1);
	});

	it('self ratings are private', async () => {
		expect((await getMirror(colleague, db, a.organisationId)).self.self).toEqual({});
		const rows = await db.select().from(selfRating).where(eq(selfRating.workerUserId, a.worker.userId));
		expect(rows).toHaveLength(1);
	});

	it('named feedback is audited when read', async () => {
		await findContactRequests(a.worker, db, a.organisationId);
		const { auditLog } = await import('../db/schema');
		const rows = await db.select().from(auditLog).where(eq(auditLog.action, 'feedback.read_named'));
		expect(rows.length).toBeGreaterThan(0);
		expect(JSON.stringify(rows)).not.toContain('Fatima');
	});
});

describe('organisation templates', () => {
	it('an admin makes one; workers use it; residents see its questions; the mirror shows them', async () => {
		const org = await createOrgFixture(db, 'T');
		await expect(
			createFeedbackTemplate(org.worker, db, org.organisationId, { name: 'X', questions: [{ nl: 'Vraag?' }] })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const { id } = await createFeedbackTemplate(org.admin, db, org.organisationId, {
			name: 'Jongerenwerk',
			questions: [{ nl: 'Nam [naam] je serieus?', en: 'Did [naam] take you seriously?' }, { nl: 'Was [naam] op tijd?' }]
		});
		const [template] = await findFeedbackTemplates(org.worker, db, org.organisationId);
		expect(template.questions.map((q) => q.key)).toEqual([
			expect.stringMatching(/^t[0-9a-f]{8}_1$/),
			expect.stringMatching(/_2$/)
		]);

		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Jip',
			address: 'je',
			templateId: id
		});
		const form = await getFeedbackForm(req.token, db, SECRET);
		const questions = formQuestions(form.template, 'en', residentTexts('en'), 'Jip');
		expect(questions.map((q) => q.text)).toEqual(['Did Jip take you seriously?', 'Was Jip op tijd?']);
		const [k1, k2] = questions.map((q) => q.key);
		for (const v of [5, 4, 3]) await answer(req.token, { scores: { [k1]: v, [k2]: null } });
		const mirror = await getMirror(org.worker, db, org.organisationId);
		expect(mirror.dimensions.map((d) => d.key)).toEqual([k1, k2]);
		expect(mirror.quarters[0].dimensions[k1]).toMatchObject({ n: 3, mean: 4 });
		expect(mirror.quarters[0].dimensions[k2]).toMatchObject({ n: 0, dontKnow: 3 });
		const csv = await exportFeedbackCsv(org.worker, db, org.organisationId);
		expect(csv).toContain(';score;Nam … je serieus?;4;1');
		expect(csv).toContain(';score;Was … op tijd?;weet ik niet;3');

		await archiveFeedbackTemplate(org.admin, db, org.organisationId, id);
		expect(await findFeedbackTemplates(org.worker, db, org.organisationId)).toHaveLength(0);
		await expect(
			createFeedbackRequest(org.worker, db, org.organisationId, {
				label: '',
				firstName: 'Jip',
				address: 'je',
				templateId: id
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		// The existing request keeps working.
		expect((await getFeedbackForm(req.token, db, SECRET)).template?.id).toBe(id);
	});

	it('a template with an own scale: residents see its words in their language, the mirror and exports too', async () => {
		const org = await createOrgFixture(db, 'S');
		const words = {
			nl: ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'] as ScaleWords,
			ar: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا'] as ScaleWords
		};
		// The use case checks the scale itself, whatever a route sends; nothing is stored then.
		const before = (await db.select().from(feedbackTemplate)).length;
		await expect(
			createFeedbackTemplate(org.admin, db, org.organisationId, {
				name: 'Fout',
				questions: [{ nl: 'Vraag?' }],
				scale: { kind: 'own', words: { nl: ['a', 'a', 'b', 'c', 'd'] as ScaleWords } }
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { scale: expect.any(String) } });
		expect(await db.select().from(feedbackTemplate)).toHaveLength(before);

		const { id } = await createFeedbackTemplate(org.admin, db, org.organisationId, {
			name: 'Buurthuis',
			questions: [{ nl: 'Hoe was het contact met [naam]?', eenvoudig: 'Hoe ging het met [naam]?' }],
			scale: { kind: 'own', words }
		});
		const [template] = await findFeedbackTemplates(org.worker, db, org.organisationId);
		expect(template.questions[0].scale).toEqual({ kind: 'own', words });

		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Jip',
			address: 'je',
			templateId: id
		});
		const form = await getFeedbackForm(req.token, db, SECRET);
		const [ar] = formQuestions(form.template, 'ar', residentTexts('ar'), 'Jip');
		expect(ar.scale).toEqual({ words: words.ar, lang: null, visual: 'level' });
		expect(ar).toMatchObject({ text: 'Hoe was het contact met Jip?', lang: 'nl' });
		const [kind] = formQuestions(form.template, 'kind', residentTexts('kind'), 'Jip');
		expect(kind).toMatchObject({ text: 'Hoe ging het met Jip?', scale: { words: words.nl } });

		const key = template.questions[0].key;
		for (const v of [1, 4, 4]) await answer(req.token, { scores: { [key]: v } });
		const mirror = await getMirror(org.worker, db, org.organisationId);
		expect(mirror.dimensions).toEqual([
			expect.objectContaining({ key, builtIn: false, scale: { kind: 'own', words } })
		]);
		expect(mirror.quarters[0].dimensions[key]).toMatchObject({ n: 3, mean: 3, distribution: [1, 0, 0, 2, 0] });
		expect(await exportFeedbackCsv(org.worker, db, org.organisationId)).toContain(
			';score;Hoe was het contact met …?;4;2'
		);
		const pdf = await exportFeedbackPdf(org.worker, db, org.organisationId);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

		// Archived: the open link keeps its questions and its scale.
		await archiveFeedbackTemplate(org.admin, db, org.organisationId, id);
		const still = await getFeedbackForm(req.token, db, SECRET);
		expect(formQuestions(still.template, 'nl', residentTexts('nl'), 'Jip')[0].scale.words).toEqual(words.nl);
	});

	it('questions stored before scales existed keep the face scale', async () => {
		const org = await createOrgFixture(db, 'O');
		const [row] = await db
			.insert(feedbackTemplate)
			.values({
				organisationId: org.organisationId,
				name: 'Oud',
				questions: [{ key: 'tdeadbeef_1', texts: { nl: 'Was [naam] aardig?' } }]
			})
			.returning({ id: feedbackTemplate.id });
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Jip',
			address: 'je',
			templateId: row.id
		});
		const form = await getFeedbackForm(req.token, db, SECRET);
		expect(formQuestions(form.template, 'en', residentTexts('en'), 'Jip')[0].scale).toEqual({
			words: residentTexts('en').scales.face,
			lang: null,
			visual: 'face'
		});
	});

	it('another organisation cannot see, use or archive them', async () => {
		const { id } = await createFeedbackTemplate(a.admin, db, a.organisationId, {
			name: 'Alleen A',
			questions: [{ nl: 'Vraag?' }]
		});
		expect((await findFeedbackTemplates(b.admin, db, b.organisationId)).map((t) => t.id)).not.toContain(id);
		await expect(findFeedbackTemplates(b.admin, db, a.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			createFeedbackRequest(b.worker, db, b.organisationId, {
				label: '',
				firstName: 'Bo',
				address: 'je',
				templateId: id
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		await expect(archiveFeedbackTemplate(b.admin, db, b.organisationId, id)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const [row] = await db.select().from(feedbackTemplate).where(eq(feedbackTemplate.id, id));
		expect(row.archivedAt).toBeNull();
		// Nor open or change them (the edit page and its preview).
		const change = { name: 'Overgenomen', questions: [{ nl: 'Andere vraag?' }] };
		await expect(getFeedbackTemplate(b.admin, db, b.organisationId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getFeedbackTemplate(b.admin, db, a.organisationId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(updateFeedbackTemplate(b.admin, db, b.organisationId, id, change)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(updateFeedbackTemplate(b.admin, db, a.organisationId, id, change)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		// A worker of the organisation itself may choose it, not change it.
		await expect(getFeedbackTemplate(a.worker, db, a.organisationId, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(updateFeedbackTemplate(a.worker, db, a.organisationId, id, change)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(getFeedbackTemplate(a.admin, db, a.organisationId, 'geen-uuid')).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const [after] = await db.select().from(feedbackTemplate).where(eq(feedbackTemplate.id, id));
		expect(after).toMatchObject({ name: 'Alleen A', archivedAt: null });
		expect(after.questions.map((q) => q.texts.nl)).toEqual(['Vraag?']);
	});

	it('an edit never changes what stored answers mean: unused it changes in place, in use a new version', async () => {
		const org = await createOrgFixture(db, 'E');
		const { id } = await createFeedbackTemplate(org.admin, db, org.organisationId, {
			name: 'Buurtwerk',
			questions: [{ nl: 'Luisterde [naam] goed?' }]
		});
		// No link uses it yet: the same questionnaire, changed.
		const first = await updateFeedbackTemplate(org.admin, db, org.organisationId, id, {
			name: 'Buurtwerk',
			questions: [{ nl: 'Luisterde [naam] naar je?' }],
			scale: { kind: 'agree' }
		});
		expect(first).toEqual({ id, newVersion: false });
		const edited = await getFeedbackTemplate(org.admin, db, org.organisationId, id);
		// The preview speaks of the organisation's own group size, as the resident's form does.
		expect(edited.batchSize).toBe(3);
		expect(edited.questions.map((q) => [q.texts.nl, q.scale?.kind])).toEqual([['Luisterde [naam] naar je?', 'agree']]);
		expect(edited.requests).toBe(0);

		// A worker asks for feedback with it, and residents answer.
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Jip',
			address: 'je',
			templateId: id
		});
		const oldKey = edited.questions[0].key;
		for (const v of [4, 4, 5]) await answer(req.token, { scores: { [oldKey]: v } });
		expect((await getFeedbackTemplate(org.admin, db, org.organisationId, id)).requests).toBe(1);

		// Now an edit is a new version; the old one is no longer offered, its link keeps its questions.
		const second = await updateFeedbackTemplate(org.admin, db, org.organisationId, id, {
			name: 'Buurtwerk',
			questions: [{ nl: 'Hielp [naam] je verder?' }, { nl: 'Kwam [naam] op tijd?' }]
		});
		expect(second.newVersion).toBe(true);
		expect(second.id).not.toBe(id);
		const offered = await findFeedbackTemplates(org.worker, db, org.organisationId);
		expect(offered.map((t) => t.id)).toEqual([second.id]);
		const newKeys = offered[0].questions.map((q) => q.key);
		expect(newKeys).not.toContain(oldKey);
		const form = await getFeedbackForm(req.token, db, SECRET);
		expect(form.template?.id).toBe(id);
		expect(formQuestions(form.template, 'nl', residentTexts('nl'), 'Jip').map((q) => q.text)).toEqual([
			'Luisterde Jip naar je?'
		]);
		// The stored answers still belong to the question they answered.
		const mirror = await getMirror(org.worker, db, org.organisationId);
		expect(mirror.dimensions.map((d) => [d.key, d.texts?.nl])).toEqual([[oldKey, 'Luisterde [naam] naar je?']]);
		expect(mirror.quarters[0].dimensions[oldKey]).toMatchObject({ n: 3 });
		// The old version cannot be changed again; the new one can.
		await expect(
			updateFeedbackTemplate(org.admin, db, org.organisationId, id, { name: 'X', questions: [{ nl: 'X?' }] })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect((await getFeedbackTemplate(org.admin, db, org.organisationId, second.id)).requests).toBe(0);
	});
});

describe('exports', () => {
	it("makes a PDF of the worker's own feedback in every script, and audits it", async () => {
		const org = await createOrgFixture(db, 'P');
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Pim',
			address: 'je'
		});
		await answer(req.token, { good: 'Ze luisterde écht, żółć, ğüş.' });
		await answer(req.token, { good: 'Вона мене уважно слухала.' });
		await answer(req.token, { good: 'لقد استمعت إلي جيدا', better: '<script>alert(1)</script>' });
		const pdf = await exportFeedbackPdf(org.worker, db, org.organisationId);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(5000);
		const { auditLog } = await import('../db/schema');
		const rows = await db.select().from(auditLog).where(eq(auditLog.organisationId, org.organisationId));
		expect(
			rows.some((r) => r.action === 'feedback.export' && (r.details as { format?: string }).format === 'pdf')
		).toBe(true);
		await expect(exportFeedbackPdf(org.admin, db, org.organisationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(exportFeedbackPdf(a.worker, db, org.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});

describe('mirror analysis', () => {
	it("names a drop between quarters and the largest gap with the worker's own view", async () => {
		const org = await createOrgFixture(db, 'C');
		const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
			label: '',
			firstName: 'Cas',
			address: 'je'
		});
		const q3 = new Date('2026-08-10T10:00:00Z');
		const q4 = new Date('2026-11-10T10:00:00Z');
		for (const s of [5, 5, 4]) await answer(req.token, { scores: { appointments: s, ownIdeas: 3 } }, q3);
		for (const s of [4, 4, 3]) await answer(req.token, { scores: { appointments: s, ownIdeas: 3 } }, q4);
		await updateSelfRating(
			org.worker,
			db,
			org.organisationId,
			{ scores: { appointments: 4, ownIdeas: 5 } },
			'2026-11-20'
		);
		const mirror = await getMirror(org.worker, db, org.organisationId, { today: '2026-11-20' });
		expect(mirror.quarters.map((q) => q.quarter)).toEqual(['2026-Q3', '2026-Q4']);
		expect(mirror.alerts).toEqual([
			// 3 answers against 3: the page adds a caution (FEW_ANSWERS).
			{
				dimension: 'appointments',
				from: 4.7,
				to: 3.7,
				quarter: '2026-Q4',
				direction: 'down',
				fromN: 3,
				toN: 3,
				fewAnswers: true
			}
		]);
		expect(mirror.self.largest).toEqual({ dimension: 'ownIdeas', self: 5, residents: 3 });
	});
});
