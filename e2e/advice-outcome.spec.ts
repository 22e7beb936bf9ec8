import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';
import { expectParticipantSees, nextPhase, writeTopIdea } from './fixtures/advice';
import { everyone, meetingTexts, prepareMeeting, setPhaseByRequest } from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

/**
 * Issue 13, item 3: "Wat deden we met jullie advies?". The facilitator makes the outcome public; then
 * anyone with the link (a phone at 360 px, no account) reads the top ideas, the quotes, the response
 * and how far each action is, and the closed phone and the wall lead there. Taken back, the page
 * shows nothing of the session.
 */
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 360, height: 800 };

test('the facilitator publishes the outcome; phones read it, the closed phone and the wall link to it; taken back it is gone', async ({
	page,
	browser
}, testInfo) => {
	const tag = unique(testInfo);
	const texts = meetingTexts(tag);
	await signInByRequest(page, 'facilitator');
	const { session, room } = await prepareMeeting(page, browser, texts, 'voted');
	const reader = await browser.newContext({ viewport: PHONE });
	try {
		const wording = `Doe wat je belooft, en bel terug (${tag})`;
		await setPhaseByRequest(page, session, 'top');
		const idea = await writeTopIdea(page, session, { wording, quote: texts.tips.callBack, tag });

		const control = page.getByRole('region', { name: 'Uitkomst voor deelnemers' });
		await expect(control.getByTestId('outcome-state')).toHaveText('De uitkomst is nu niet openbaar.');
		await expect(control.getByLabel('Link naar de uitkomst')).toHaveCount(0);
		await control.getByRole('button', { name: 'Uitkomst openbaar maken' }).click();
		await expect(control.getByRole('status')).toContainText('De uitkomst is openbaar.');
		await expect(control.getByTestId('outcome-state')).toContainText('De uitkomst is openbaar sinds');
		const url = await control.getByLabel('Link naar de uitkomst').inputValue();
		expect(new URL(url).pathname).toMatch(/^\/doe-mee\/uitkomst\/[0-9a-f]{32}$/u);
		expect(url).not.toContain(session.code);
		await expect(control.getByRole('img', { name: /^QR-code naar de uitkomst/ })).toBeVisible();
		await expectNoAxeViolations(page);

		const phone = await reader.newPage();
		await test.step('anyone with the link reads the top idea, the quote, the response and the action', async () => {
			const response = await phone.goto(new URL(url).pathname);
			expect(response?.status()).toBe(200);
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Wat deden we met jullie advies?');
			const main = phone.getByRole('main');
			await expect(main).toContainText(texts.question);
			const block = phone.getByRole('region', { name: `Top-idee 1: ${wording}` });
			await expect(block.getByRole('blockquote')).toHaveText(`“${texts.tips.callBack}”`);
			await expect(block).toContainText(`We bellen binnen twee werkdagen terug (${tag}).`);
			const action = block.getByRole('listitem').filter({ hasText: `Terugbelafspraak in elk dossier (${tag})` });
			await expect(action).toContainText('Stand: Gepland');
			await expect(action).toContainText('Wie: Teamcoach Zuid');
			await expect(action).toContainText('Klaar op: 1 maart 2027');
			// Only what was chosen to show: no other tips, no groups, no figures per group.
			await expect(main).not.toContainText(texts.tips.time);
			await expect(main).not.toContainText(texts.tips.promise);
			for (const group of ['inwoners', 'sociaal werkers', 'beleidsmakers']) await expect(main).not.toContainText(group);
			await expect(main).not.toContainText('Stippen');
			// Fits a 360 px phone: nothing sticks out sideways.
			expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
			await expectNoAxeViolations(phone, { withoutJs: true });
		});

		await test.step('updated as the organisation works on it', async () => {
			await idea.getByLabel('Stand').selectOption({ label: 'bezig' });
			await idea.getByRole('button', { name: 'Opslaan', exact: true }).nth(1).click();
			await expect(idea.getByLabel('Stand')).toHaveValue('busy');
			await phone.reload();
			await expect(phone.getByRole('main')).toContainText('Stand: Bezig');
		});

		await test.step('after closing, the phones and the wall lead to the outcome', async () => {
			await nextPhase(page, session, 'closed');
			const resident = room.resident.page;
			await resident.setViewportSize(PHONE);
			await expectParticipantSees(resident, 'De sessie is klaar.');
			const link = resident.getByRole('link', { name: 'Wat deden we met jullie advies?' });
			await expect(link).toBeVisible();
			await expectNoAxeViolations(resident, { withoutJs: true });
			await link.click();
			await expect(resident).toHaveURL(url);
			await expect(resident.getByRole('region', { name: `Top-idee 1: ${wording}` })).toContainText('Stand: Bezig');

			await page.goto(`${session.path}/muur`);
			await expect(page.getByTestId('wall-outcome')).toContainText('Wat deden we met jullie advies?');
			const qr = page.getByRole('img', { name: `QR-code naar de uitkomst: ${url}` });
			await expect(qr).toBeVisible();
			expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		});

		await test.step('taken back: the link shows a clear "not public" page and nothing of the session', async () => {
			await page.goto(`${session.path}/topideeen`);
			await control.getByRole('button', { name: 'Niet meer openbaar' }).click();
			await expect(control.getByRole('status')).toContainText('De uitkomst is niet meer openbaar.');
			await expect(control.getByTestId('outcome-state')).toHaveText('De uitkomst is nu niet openbaar.');
			const response = await phone.goto(new URL(url).pathname);
			expect(response?.status()).toBe(404);
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Deze uitkomst is niet (meer) openbaar');
			await expect(phone.getByRole('main')).toContainText('Kijk later nog eens');
			const html = await phone.content();
			for (const hidden of [texts.question, wording, texts.tips.callBack, 'Teamcoach Zuid']) {
				expect(html).not.toContain(hidden);
			}
			await expectNoAxeViolations(phone, { withoutJs: true });
			await room.resident.page.goto(`/doe-mee/${session.code}`);
			await expect(room.resident.page.getByRole('main')).toContainText('De sessie is klaar.');
			await expect(room.resident.page.getByRole('link', { name: 'Wat deden we met jullie advies?' })).toHaveCount(0);
		});
	} finally {
		await reader.close();
		for (const p of everyone(room)) await p.context.close();
	}
});

test("the demo's finished session has a public outcome with responses and actions", async ({ browser }) => {
	const path = demo().advice?.outcome;
	expect(path, 'advice.outcome in seed-demo --json').toMatch(/^\/doe-mee\/uitkomst\/[0-9a-f]{32}$/u);
	const context = await browser.newContext({ viewport: PHONE });
	try {
		const phone = await context.newPage();
		await phone.goto(path!);
		await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Wat deden we met jullie advies?');
		await expect(phone.getByRole('main')).toContainText('Wijkteam Voorbeeldstad (demo)');
		const first = phone.getByRole('region', { name: /^Top-idee 1: Tijd voor het gesprek/ });
		await expect(first).toContainText('60 in plaats van 45 minuten');
		await expect(first).toContainText('Stand: Bezig');
		await expect(phone.getByRole('region', { name: /^Top-idee 2:/ })).toContainText('Stand: Klaar');
		await expect(phone.getByRole('region', { name: /^Top-idee 3:/ })).toContainText('Er is nog geen reactie.');
	} finally {
		await context.close();
	}
});
