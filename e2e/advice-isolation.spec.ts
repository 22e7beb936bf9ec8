import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import {
	createSession,
	GROUPS,
	joinAsParticipant,
	nextPhase,
	postForm,
	sendTip,
	signInAsOtherOrganisationFacilitator
} from './fixtures/advice';
import { unique } from './fixtures/unique';

test("another organisation's facilitator cannot open, follow or change a session @once", async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat houdt je tegen? (${tag})` });
	await nextPhase(page, session, 'tips');
	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	const secret = `Een tip die alleen de demo-organisatie mag zien (${tag})`;
	try {
		await sendTip(participant.page, secret);
	} finally {
		await participant.context.close();
	}

	const other = await browser.newContext();
	try {
		const o = await other.newPage();
		await signInAsOtherOrganisationFacilitator(o, browser);

		await test.step('the list of sessions does not show it', async () => {
			await o.goto('/adviesvangen');
			await expect(o.getByRole('heading', { level: 1 })).toHaveText('Adviesvangen');
			await expect(o.getByRole('main')).not.toContainText(session.question);
			// The other facilitator may make sessions: the refusal below is about the organisation, not the role.
			await expect(o.getByRole('button', { name: 'Maak de sessie' })).toBeVisible();
		});

		await test.step('every page of the session is "not found"', async () => {
			for (const sub of ['', '/tips', '/themas', '/uitslag', '/topideeen', '/verslag', '/muur']) {
				const response = await o.goto(`${session.path}${sub}`);
				expect(response?.status(), `${session.path}${sub}`).toBe(404);
				await expect(o.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
				await expect(o.locator('body')).not.toContainText(session.question);
				await expect(o.locator('body')).not.toContainText(secret);
			}
		});

		await test.step('the live stream, the QR code and the downloads are "not found"', async () => {
			for (const sub of ['/live', '/qr.svg', '/verslag/verslag.pdf', '/verslag/verslag.csv']) {
				const response = await o.request.get(`${session.path}${sub}`, { maxRedirects: 0 });
				expect(response.status(), `${session.path}${sub}`).toBe(404);
				const body = await response.text();
				expect(body).not.toContain(secret);
				expect(body).not.toContain(session.code);
			}
		});

		await test.step('its forms change nothing', async () => {
			const phase = await postForm(o, `${session.path}?/phase`, { phase: 'closed' });
			expect(phase.status()).toBe(404);
			const paper = await postForm(o, `${session.path}/tips?/paper`, {
				lines: `Ingeschoven (${tag})`,
				groupKey: 'inwoners'
			});
			expect(paper.status()).toBe(404);
			const theme = await postForm(o, `${session.path}/themas?/create`, { name: `Overgenomen ${tag}` });
			expect(theme.status()).toBe(404);
		});
	} finally {
		await other.close();
	}

	await page.goto(session.path);
	await expect(page.getByRole('main')).toContainText('Nu: Tips verzamelen.');
	await page.goto(`${session.path}/tips`);
	await expect(page.getByRole('main')).not.toContainText('Ingeschoven');
	await page.goto(`${session.path}/themas`);
	await expect(page.getByRole('main')).not.toContainText(`Overgenomen ${tag}`);
});

test('a member without the facilitator role reads the report, but not the facilitator pages @once', async ({
	page,
	browser
}, testInfo) => {
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat is een goed gesprek? (${tag})` });
	const worker = await browser.newContext();
	try {
		const w = await worker.newPage();
		await signInByRequest(w, 'worker');
		const report = await w.goto(`${session.path}/verslag`);
		expect(report?.status()).toBe(200);
		await expect(w.getByRole('heading', { level: 1 })).toHaveText(`Verslag: ${session.question}`);
		const csv = await w.request.get(`${session.path}/verslag/verslag.csv`);
		expect(csv.status()).toBe(200);
		const denied = await w.goto(`${session.path}/tips`);
		expect([403, 404]).toContain(denied?.status());
		await expect(w.getByRole('main')).not.toContainText(session.question);
	} finally {
		await worker.close();
	}
});
