import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { DEMO_WORKER_FIRST_NAME, DONT_KNOW_NL } from './fixtures/feedback';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

// An organisation template with an own five-point scale, from the admin's form to the resident's
// answer, in Dutch, easy-read Dutch and Arabic (right-to-left). Runs with JavaScript on and off.

const OWN_NL = ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'];
const OWN_AR = ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا'];
const worker = DEMO_WORKER_FIRST_NAME;

/** A page in a fresh context of its own (no cookies; axe needs a page from browser.newContext()). */
const freshPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();
const closePage = (page: Page) => page.context().close();

// A long flow with several axe scans (each a second context without JavaScript): more time than the default.
test.describe.configure({ timeout: 90_000 });

test('an admin makes a questionnaire with an own scale; residents answer on it, also in Arabic', async ({
	page,
	browser
}, testInfo) => {
	const name = `Eigen schaal ${unique(testInfo)}`;
	await signInByRequest(page, 'admin');
	await page.goto('/beheer/vragenlijsten');
	await page.getByLabel('Naam van de vragenlijst').fill(name);
	await page.getByLabel('Vragen in het Nederlands, één per regel').fill('Hoe was het contact met [naam]?');
	await page.getByLabel('Vragen in makkelijk Nederlands, één per regel').fill('Hoe ging het met [naam]?');
	await page.getByLabel('Vragen in het Arabisch, één per regel').fill('كيف كان التواصل مع [naam]؟');
	await page.getByRole('radio', { name: /^Eigen schaal/ }).check();
	const dutchWords = page.getByLabel('Woorden in het Nederlands, één per regel');
	await dutchWords.fill(OWN_NL.slice(0, 4).join('\n'));
	await page.getByLabel('Woorden in het Arabisch, één per regel').fill(OWN_AR.join('\n'));

	// Four words: refused with a Dutch message, and nothing typed is lost.
	const refused = await postResponse(page, '/beheer/vragenlijsten', () =>
		page.getByRole('button', { name: 'Vragenlijst maken' }).click()
	);
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Schrijf 5 woorden in het Nederlands');
	await expect(dutchWords).toHaveAttribute('aria-invalid', 'true');
	await expect(dutchWords).toHaveValue(OWN_NL.slice(0, 4).join('\n'));
	await expect(page.getByRole('radio', { name: /^Eigen schaal/ })).toBeChecked();
	await expect(page.getByLabel('Naam van de vragenlijst')).toHaveValue(name);
	await expectNoAxeViolations(page);

	await dutchWords.fill(OWN_NL.join('\n'));
	await page.getByRole('button', { name: 'Vragenlijst maken' }).click();
	await expect(page.getByRole('status')).toContainText('De vragenlijst is gemaakt.');
	const card = page.locator('.card').filter({ has: page.getByRole('heading', { name }) });
	await expect(card).toContainText(`Schaal: ${OWN_NL.join(' · ')}`);

	// A worker makes a link with it.
	const workerPage = await freshPage(browser);
	await signInByRequest(workerPage, 'worker');
	await workerPage.goto('/feedback/verzoeken');
	await workerPage.getByLabel('Waarvoor is deze link? (alleen voor jou)').fill(name);
	await workerPage.getByLabel('Vragenlijst').selectOption({ label: name });
	await workerPage.getByRole('button', { name: 'Link maken' }).click();
	const link = await workerPage.getByLabel('Persoonlijke link').inputValue();
	await closePage(workerPage);

	// Dutch: every point has its word, and "weet ik niet" stays.
	const resident = await freshPage(browser);
	await resident.goto(link);
	const question = resident.getByRole('group', { name: `1. Hoe was het contact met ${worker}?` });
	for (const word of [...OWN_NL, DONT_KNOW_NL]) {
		await expect(question.getByRole('radio', { name: word, exact: true })).toBeVisible();
	}
	await expectNoAxeViolations(resident);
	await question.getByRole('radio', { name: 'Goed', exact: true }).check();
	await resident.getByRole('button', { name: 'Versturen', exact: true }).click();
	// Point 4 of 5 and no words: mild praise gets the extra question (follow-up-rule.ts).
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Nog één vraag');
	await resident.getByRole('button', { name: 'Overslaan' }).click();
	await expect(resident).toHaveURL(/\/bedankt\?taal=nl$/);
	await closePage(resident);

	// Easy-read Dutch: the admin's easy wording; the child form falls back to it.
	for (const variant of ['eenvoudig', 'kind']) {
		const easy = await freshPage(browser);
		await easy.goto(`${link}?taal=${variant}`);
		await expect(easy.getByRole('group', { name: `1. Hoe ging het met ${worker}?` })).toBeVisible();
		await expect(easy.getByRole('radio', { name: 'Gaat wel', exact: true })).toBeVisible();
		await closePage(easy);
	}

	// Arabic: right-to-left, the Arabic question and the Arabic words of the own scale.
	const arabic = await freshPage(browser);
	await arabic.goto(`${link}?taal=ar`);
	await expect(arabic.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
	const arQuestion = arabic.getByRole('group', { name: `1. كيف كان التواصل مع ${worker}؟` });
	for (const word of OWN_AR) await expect(arQuestion.getByRole('radio', { name: word, exact: true })).toBeVisible();
	await expect(arQuestion.getByRole('radio', { name: 'Goed', exact: true })).toHaveCount(0);
	await expectNoAxeViolations(arabic);
	await arQuestion.getByRole('radio', { name: 'جيد جدًا', exact: true }).check();
	await arabic.getByRole('button', { name: 'إرسال', exact: true }).click();
	// Only top scores and no words: the gentle follow-up question, still in Arabic and right-to-left.
	await expect(arabic.getByRole('heading', { level: 1 })).toHaveText('سؤال أخير');
	await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
	await arabic.getByRole('button', { name: 'تخطّي', exact: true }).click();
	await expect(arabic).toHaveURL(/\/bedankt\?taal=ar$/);
	await closePage(arabic);
});

test('a ready-made scale: "nooit … altijd" in Dutch and English', async ({ page, browser }, testInfo) => {
	const name = `Hoe vaak ${unique(testInfo)}`;
	await signInByRequest(page, 'admin');
	await page.goto('/beheer/vragenlijsten');
	await page.getByLabel('Naam van de vragenlijst').fill(name);
	await page.getByLabel('Vragen in het Nederlands, één per regel').fill('Belde [naam] terug als dat was afgesproken?');
	await page.getByRole('radio', { name: /^Hoe vaak:/ }).check();
	await page.getByRole('button', { name: 'Vragenlijst maken' }).click();
	await expect(page.getByRole('status')).toContainText('De vragenlijst is gemaakt.');

	const workerPage = await freshPage(browser);
	await signInByRequest(workerPage, 'worker');
	await workerPage.goto('/feedback/verzoeken');
	await workerPage.getByLabel('Waarvoor is deze link? (alleen voor jou)').fill(name);
	await workerPage.getByLabel('Vragenlijst').selectOption({ label: name });
	await workerPage.getByRole('button', { name: 'Link maken' }).click();
	const link = await workerPage.getByLabel('Persoonlijke link').inputValue();
	await closePage(workerPage);

	const resident = await freshPage(browser);
	await resident.goto(link);
	const question = resident.getByRole('group', { name: /^1\. Belde / });
	for (const word of ['Nooit', 'Bijna nooit', 'Soms', 'Vaak', 'Altijd']) {
		await expect(question.getByRole('radio', { name: word, exact: true })).toBeVisible();
	}
	await resident.goto(`${link}?taal=en`);
	// No English question was given: the Dutch one, marked as Dutch; the scale's words are English.
	await expect(resident.locator('legend span[lang="nl"]')).toHaveText(
		`1. Belde ${worker} terug als dat was afgesproken?`
	);
	for (const word of ['Never', 'Rarely', 'Sometimes', 'Often', 'Always']) {
		await expect(resident.getByRole('radio', { name: word, exact: true })).toBeVisible();
	}
	await expectNoAxeViolations(resident);
	await closePage(resident);
});
