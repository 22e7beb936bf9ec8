import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import {
	createFeedbackRequest,
	expectThanks,
	fillResidentForm,
	SCALE_NL,
	signInAsNewWorker
} from './fixtures/feedback';
import { unique } from './fixtures/unique';

// Issue 13, item 1: a call-back request reaches the worker at once, on its own, without the answer.

const today = () =>
	new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());

test('a resident leaves a name and phone number: the worker sees it at once, without the answer, and ticks it off', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	const firstName = 'Noor';
	const caller = `Fatima ${tag}`;
	const phone = '06 12 34 56 78';
	const complaint = `Ik voelde me niet serieus genomen. Bel me alsjeblieft. (${tag})`;
	// A new worker: no batch, no other request, shared with no other test.
	await signInAsNewWorker(page, browser, testInfo);
	const request = await createFeedbackRequest(page, { label: `Terugbellen ${tag}`, firstName, address: 'je' });

	await test.step('the resident, on a 360 px phone, reads what the worker will see and leaves a name', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		try {
			const resident = await context.newPage();
			await resident.goto(request.link);
			await fillResidentForm(resident, firstName, {
				rater: 'resident',
				scores: [SCALE_NL[1], SCALE_NL[0]],
				better: complaint
			});
			await resident.getByText('Wil je een gesprek over jouw antwoorden?', { exact: true }).click();
			const hint = resident.locator('#contact-hint');
			await expect(hint).toContainText(
				`Dan ziet ${firstName} meteen jouw naam, hoe ${firstName} je kan bereiken en de datum van vandaag.`
			);
			await expect(hint).toContainText(`samen met die van anderen, en nooit naast jouw naam.`);
			await resident.getByLabel('Naam', { exact: true }).fill(caller);
			await resident.getByLabel('Telefoonnummer of e-mailadres').fill(phone);
			await resident.getByRole('button', { name: 'Versturen', exact: true }).click();
			await expectThanks(resident, firstName);
		} finally {
			await context.close();
		}
	});

	const main = page.getByRole('main');
	const requests = page.getByRole('region', { name: 'Verzoeken om contact' });

	await test.step('at once on the home page: name, how to reach them and the date, not the answer', async () => {
		await page.goto('/');
		await expect(requests).toContainText(caller);
		await expect(requests.getByRole('link', { name: phone })).toHaveAttribute('href', 'tel:0612345678');
		await expect(requests).toContainText(`gevraagd op ${today()}`);
		await expect(main).not.toContainText(complaint);
		await expectNoAxeViolations(page);
	});

	await test.step('and in the mirror, which has no batch yet to show the answer in', async () => {
		await page.goto('/feedback');
		await expect(requests).toContainText(caller);
		await expect(main).toContainText('Er zijn nog geen reacties die je kunt zien.');
		await expect(main).not.toContainText(complaint);
		await expectNoAxeViolations(page);
	});

	await test.step('"Afgehandeld" moves it to the short list of handled requests', async () => {
		await requests.getByRole('button', { name: `Afgehandeld: ${caller}`, exact: true }).click();
		await expect(page.getByRole('status')).toContainText(`Het verzoek van ${caller} staat nu bij Afgehandeld.`);
		await expect(requests.getByRole('button', { name: `Afgehandeld: ${caller}`, exact: true })).toHaveCount(0);
		await expect(requests.getByRole('heading', { name: 'Afgehandeld', level: 3 })).toBeVisible();
		await expect(requests).toContainText(`afgehandeld op ${today()}`);
		await expect(requests.getByRole('button', { name: `Terugzetten: ${caller}`, exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	await test.step('the home page shows it as handled too, and "Terugzetten" opens it again', async () => {
		await page.goto('/');
		await requests.getByRole('button', { name: `Terugzetten: ${caller}`, exact: true }).click();
		await expect(page.getByRole('status')).toContainText(`Het verzoek van ${caller} staat weer open.`);
		await expect(requests.getByRole('button', { name: `Afgehandeld: ${caller}`, exact: true })).toBeVisible();
		await expect(requests.getByRole('heading', { name: 'Afgehandeld', level: 3 })).toHaveCount(0);
	});
});
