import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demoUser } from './fixtures/demo';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

test('an admin adds an own questionnaire; a worker uses it; a resident sees its questions', async ({
	page,
	browser
}, testInfo) => {
	const name = `Vragenlijst ${unique(testInfo)}`;
	await signInByRequest(page, 'admin');
	await page.goto('/beheer/vragenlijsten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eigen vragenlijsten');
	await expectNoAxeViolations(page);

	// Dutch is required, and a translation must have as many lines.
	await page.getByLabel('Naam van de vragenlijst').fill(name);
	await page.getByLabel('Vragen in het Engels, één per regel').fill('Only one?');
	const refused = await postResponse(page, '/beheer/vragenlijsten', () =>
		page.getByRole('button', { name: 'Vragenlijst maken' }).click()
	);
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Schrijf minstens één vraag in het Nederlands.');
	await expect(page.getByLabel('Naam van de vragenlijst')).toHaveValue(name);

	await page.getByLabel('Vragen in het Nederlands, één per regel').fill('Nam [naam] je serieus?\nWas [naam] op tijd?');
	await page
		.getByLabel('Vragen in het Engels, één per regel')
		.fill('Did [naam] take you seriously?\nWas [naam] on time?');
	await page.getByRole('button', { name: 'Vragenlijst maken' }).click();
	await expect(page.getByRole('status')).toContainText('De vragenlijst is gemaakt.');
	const card = page.locator('.card').filter({ has: page.getByRole('heading', { name }) });
	await expect(card).toContainText('Nam [naam] je serieus?');
	const admin = demoUser('admin').name.split(' ')[0];

	// The preview: the resident form as a resident gets it, in any resident language, that cannot be sent.
	await card.getByRole('link', { name: `Voorbeeld van ${name} bekijken` }).click();
	await expect(page.getByRole('main')).toContainText('Dit is alleen een voorbeeld: je kunt niets versturen.');
	await expect(page.getByRole('group', { name: `1. Nam ${admin} je serieus?` })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Versturen' })).toBeDisabled();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('group', { name: `1. Did ${admin} take you seriously?` })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();

	// Changed before any link uses it: the same questionnaire, changed in place.
	await page.getByRole('link', { name: 'Terug naar de vragenlijst' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vragenlijst wijzigen: ${name}`);
	await expect(page.getByRole('main')).toContainText('Nog geen enkele feedbacklink gebruikt deze vragenlijst.');
	const questionsNl = page.getByLabel('Vragen in het Nederlands, één per regel');
	await expect(questionsNl).toHaveValue('Nam [naam] je serieus?\nWas [naam] op tijd?');
	await expectNoAxeViolations(page);
	await questionsNl.fill('Nam [naam] je serieus?\nKwam [naam] op tijd?\nDerde vraag?');
	const editPath = new URL(page.url()).pathname;
	const tooFew = await postResponse(page, editPath, () =>
		page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
	);
	expect(tooFew.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Schrijf hier evenveel vragen als in het Nederlands (3)');
	await expect(questionsNl).toHaveValue('Nam [naam] je serieus?\nKwam [naam] op tijd?\nDerde vraag?');
	await questionsNl.fill('Nam [naam] je serieus?\nKwam [naam] op tijd?');
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('De vragenlijst is gewijzigd.');
	await page.goto('/beheer/vragenlijsten');
	await expect(card).toContainText('Kwam [naam] op tijd?');

	// The worker chooses it for a new link.
	const worker = await browser.newPage();
	await signInByRequest(worker, 'worker');
	await worker.goto('/feedback/verzoeken');
	await worker.getByLabel('Waarvoor is deze link? (alleen voor jou)').fill(name);
	await worker.getByLabel('Vragenlijst').selectOption({ label: name });
	await worker.getByRole('button', { name: 'Link maken' }).click();
	const link = await worker.getByLabel('Persoonlijke link').inputValue();

	const resident = await browser.newPage();
	await resident.goto(`${link}?taal=en`);
	const first = demoUser('worker').name.split(' ')[0];
	await expect(resident.getByRole('group', { name: `1. Did ${first} take you seriously?` })).toBeVisible();
	await expect(resident.getByRole('group', { name: `2. Was ${first} on time?` })).toBeVisible();
	await resident
		.getByRole('group', { name: `1. Did ${first} take you seriously?` })
		.getByLabel('Yes', { exact: true })
		.check();
	await resident.getByRole('button', { name: 'Send' }).click();
	// "Yes" (4 of 5) and no words: mild praise gets the extra question (follow-up-rule.ts).
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText('One more question');
	await resident.getByRole('button', { name: 'Skip' }).click();
	await expect(resident).toHaveURL(/\/bedankt\?taal=en$/);

	// Changed once in use: a new version for new links; the link in use keeps its questions.
	await page.goto(editPath);
	await expect(page.getByRole('main')).toContainText('Deze vragenlijst wordt al gebruikt (feedbacklinks: 1).');
	await page.getByLabel('Vragen in het Engels, één per regel').fill('Did [naam] listen to you?\nWas [naam] on time?');
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Er is een nieuwe versie van de vragenlijst gemaakt.');
	expect(new URL(page.url()).pathname).not.toBe(editPath);
	await resident.goto(`${link}?taal=en`);
	await expect(resident.getByRole('group', { name: `1. Did ${first} take you seriously?` })).toBeVisible();
	await resident.close();
	await page.goto('/beheer/vragenlijsten');
	await expect(card).toHaveCount(1);
	await expect(card.getByRole('link', { name: `${name} wijzigen` })).not.toHaveAttribute('href', editPath);

	// Archived: no longer offered for new links.
	await card.getByRole('button', { name: `${name} niet meer aanbieden` }).click();
	await expect(page.getByRole('status')).toContainText('niet meer aangeboden');
	await worker.goto('/feedback/verzoeken');
	await expect(worker.getByRole('option', { name })).toHaveCount(0);
	await worker.close();
});

test('a worker cannot open or post to the questionnaire admin page @once', async ({ page }) => {
	await signInByRequest(page, 'worker');
	const response = await page.goto('/beheer/vragenlijsten');
	expect(response?.status()).toBe(403);
	const baseURL = test.info().project.use.baseURL!;
	const post = await page.request.post('/beheer/vragenlijsten?/create', {
		form: { name: 'Indringer', questions_nl: 'Vraag?' },
		headers: { origin: new URL(baseURL).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(post.status()).toBe(403);
});
