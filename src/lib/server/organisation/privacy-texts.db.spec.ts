import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisation } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { handleForm } from '../http';
import { organisationSettingsSchema } from '../../validation/organisation';
import { privacyTextsOf } from '../../organisation/privacy-texts';
import { updateOrganisation, type OrganisationSettings } from './update-organisation';
import { createFeedbackRequest } from '../feedback/create-feedback-request';
import { createFeedbackCards } from '../feedback/create-feedback-cards';
import { findFeedbackOrganisation } from '../feedback/find-feedback-organisation';
import { createAdviceSession } from '../advice/create-advice-session';
import { setAdvicePhase } from '../advice/set-advice-phase';
import { findSessionOrganisation } from '../advice/find-session-organisation';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

const base: OrganisationSettings = {
	name: 'A',
	contactEmail: 'vragen@a.example',
	feedbackBatchSize: 4,
	retentionMonths: 12
};
const stored = async (id: string) =>
	privacyTextsOf((await db.select().from(organisation).where(eq(organisation.id, id)))[0].settings);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

describe("the organisation's own privacy texts (issue 13, item 2)", () => {
	it('are saved per audience and language; an empty field goes back to the default, an absent one stays', async () => {
		await updateOrganisation(a.admin, db, a.organisationId, {
			...base,
			privacy_feedback_nl: 'Eigen tekst.',
			privacy_feedback_ar: 'نص خاص.',
			privacy_advice_nl: 'Eigen tekst voor sessies.'
		});
		expect(await stored(a.organisationId)).toEqual({
			feedback: { nl: 'Eigen tekst.', ar: 'نص خاص.' },
			advice: { nl: 'Eigen tekst voor sessies.' }
		});
		// The ecogram legend lives in the same settings: neither overwrites the other.
		await updateOrganisation(a.admin, db, a.organisationId, { ...base, legendStrong: 'Steunend' });
		await updateOrganisation(a.admin, db, a.organisationId, { ...base, privacy_feedback_ar: '' });
		expect(await stored(a.organisationId)).toEqual({
			feedback: { nl: 'Eigen tekst.' },
			advice: { nl: 'Eigen tekst voor sessies.' }
		});
		const [row] = await db.select().from(organisation).where(eq(organisation.id, a.organisationId));
		expect(row.settings.networkLegend).toEqual({ strong: 'Steunend' });
	});

	it('another organisation cannot change them, nor can a worker of the organisation', async () => {
		const before = await stored(a.organisationId);
		await expect(
			updateOrganisation(b.admin, db, a.organisationId, { ...base, name: 'B', privacy_feedback_nl: 'Gekaapt.' })
		).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u) });
		await expect(
			updateOrganisation(a.worker, db, a.organisationId, { ...base, privacy_feedback_nl: 'Gekaapt.' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(await stored(a.organisationId)).toEqual(before);
		expect(await stored(b.organisationId)).toEqual({ feedback: {}, advice: {} });
	});

	it('bad input: a 400 with a Dutch message, and every typed text comes back (nothing lost)', async () => {
		const form = new FormData();
		form.set('name', 'A');
		form.set('contactEmail', 'vragen@a.example');
		form.set('feedbackBatchSize', '4');
		form.set('retentionMonths', '12');
		form.set('privacy_feedback_nl', 'Een lange eigen tekst die blijft staan.');
		form.set('privacy_feedback_en', 'Bad\u0000byte');
		form.set('privacy_advice_tr', 'x'.repeat(1600));
		let ran = false;
		const result = await handleForm(
			new Request('http://localhost/beheer', { method: 'POST', body: form }),
			organisationSettingsSchema,
			async () => {
				ran = true;
			}
		);
		expect(ran).toBe(false);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: {
					privacy_feedback_en: expect.stringMatching(/^In de tekst staat een onzichtbaar stuurteken/u),
					privacy_advice_tr: 'Dit is te lang. Gebruik maximaal 1500 tekens.'
				},
				values: {
					privacy_feedback_nl: 'Een lange eigen tekst die blijft staan.',
					privacy_feedback_en: 'Bad\u0000byte',
					privacy_advice_tr: 'x'.repeat(1600)
				}
			}
		});
	});
});

describe('the organisation behind a link, card or join code', () => {
	it('a link and a card (used or not) name their organisation; an unknown one names none', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: 'wie vraagt',
			firstName: 'Sanne',
			address: 'u'
		});
		const [code] = await createFeedbackCards(a.worker, db, a.organisationId, req.id, 1);
		const byLink = await findFeedbackOrganisation(req.token, db);
		expect(byLink).toMatchObject({
			firstName: 'Sanne',
			address: 'u',
			organisation: { name: 'A', contactEmail: 'vragen@a.example', batchSize: 4 }
		});
		expect(byLink?.organisation.settings).toHaveProperty('privacy');
		expect(await findFeedbackOrganisation(code, db)).toEqual(byLink);
		expect(await findFeedbackOrganisation(code.toLowerCase(), db)).toBeNull();
		expect(await findFeedbackOrganisation('ZZZZ-ZZZZ', db)).toBeNull();
		expect(await findFeedbackOrganisation('x'.repeat(30), db)).toBeNull();
		expect(await findFeedbackOrganisation('../etc', db)).toBeNull();
	});

	it('a join code names its organisation once the session has started, not while it is prepared', async () => {
		const s = await createAdviceSession(a.facilitator, db, a.organisationId, {
			question: 'Wat maakt vertrouwen?',
			explanation: '',
			groups: ['inwoners', 'sociaal werkers'],
			dotsPerPerson: 3,
			moderation: false,
			language: 'nl'
		});
		expect(await findSessionOrganisation(s.code, db)).toBeNull();
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
		expect(await findSessionOrganisation(s.code.toLowerCase(), db)).toMatchObject({
			name: 'A',
			contactEmail: 'vragen@a.example'
		});
		expect(await findSessionOrganisation('ZZZZZZ', db)).toBeNull();
	});
});
