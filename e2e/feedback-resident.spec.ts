import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import {
	answerFeedback,
	chooseAnswer,
	DEMO_WORKER_FIRST_NAME,
	demoLink,
	DONT_KNOW_NL,
	enterCardCode,
	expectThanks,
	fillResidentForm,
	printDemoCards,
	RATERS_NL,
	SCALE_NL
} from './fixtures/feedback';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

// Residents answer on the demo worker's personal link (demo.json) or on fresh cards printed for it.
// Every answer carries unique(testInfo), so the js-on and js-off runs never mix up their answers.
// What the worker sees of the answers is in feedback-worker.spec.ts, with a mirror of its own.

const worker = DEMO_WORKER_FIRST_NAME;
const [, notSo, aBit, yes, yesVery] = SCALE_NL;
const send = (page: Page) => page.getByRole('button', { name: 'Versturen', exact: true }).click();

test('a resident answers through the personal link as inwoner', async ({ page }, testInfo) => {
	const response = await page.goto(demoLink());
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
	// Most people who open the link are the resident: that choice is made already.
	await expect(page.getByRole('radio', { name: RATERS_NL.resident, exact: true })).toBeChecked();

	await answerFeedback(page, worker, {
		rater: 'resident',
		scores: [yes, yesVery, aBit, DONT_KNOW_NL, yes, notSo],
		good: `Ze nam de tijd en luisterde echt (${unique(testInfo)}).`,
		better: 'Sneller terugbellen als een afspraak verschuift.'
	});
});

test('a resident answers with a card code typed at /f, and a card works only once', async ({
	page,
	browser
}, testInfo) => {
	const [code] = await printDemoCards(browser);

	// Typed in lower case with a space instead of the dash, as people do from a paper card.
	await enterCardCode(page, ` ${code.toLowerCase().replace('-', ' ')} `);
	await expect(page).toHaveURL(`/f/${code}?taal=nl`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
	await answerFeedback(page, worker, {
		scores: [yes, yes, yesVery, yes, aBit, yes],
		good: `Fijn dat ik mijn eigen plan mocht maken (${unique(testInfo)}).`,
		better: 'Minder formulieren graag.'
	});

	await page.goto('/f');
	await page.getByLabel('Code van het kaartje').fill(code);
	const again = await postResponse(page, '/f', () => page.getByRole('button', { name: 'Verder' }).click());
	expect(again.status()).toBe(409);
	await expect(page.getByRole('alert')).toContainText('Met dit kaartje is al geantwoord. Een kaartje werkt één keer.');
	await expect(page.getByLabel('Code van het kaartje')).toHaveValue(code);
	await expect(page.getByLabel('Code van het kaartje')).toHaveAttribute('aria-invalid', 'true');

	// The QR code on the card leads straight to /f/<code>: also refused there.
	const direct = await page.goto(`/f/${code}`);
	expect(direct?.status()).toBe(409);
	await expect(page.getByRole('main')).toContainText('Met dit kaartje is al geantwoord.');
	await expect(page.getByRole('button', { name: 'Versturen', exact: true })).toHaveCount(0);
});

test('a card opened on two phones: the second answer is refused as used, and its text stays', async ({
	browser
}, testInfo) => {
	const [code] = await printDemoCards(browser);
	const phones = await Promise.all([browser.newContext(), browser.newContext()]);
	try {
		const [first, second] = await Promise.all(phones.map((c) => c.newPage()));
		for (const p of [first, second]) await p.goto(`/f/${code}`);
		await answerFeedback(first, worker, { scores: [yes, yes], good: `Eerste telefoon (${unique(testInfo)}).` });

		const late = `Tweede telefoon, dit mag niet verloren gaan (${unique(testInfo)}).`;
		await fillResidentForm(second, worker, { scores: [aBit, aBit], good: late });
		const refused = await postResponse(second, `/f/${code}`, () => send(second));
		expect(refused.status()).toBe(409);
		await expect(second.getByRole('alert')).toContainText('Met dit kaartje is al geantwoord.');
		await expect(second.getByLabel(`Wat doet ${worker} goed?`)).toHaveValue(late);
		await expectNoAxeViolations(second);
	} finally {
		await Promise.all(phones.map((c) => c.close()));
	}
});

test('answers posted from another site are refused @once', async ({ request }) => {
	const response = await request.post(`${demoLink()}?/verstuur`, {
		headers: { Origin: 'https://elders.example' },
		form: { rater: 'resident', score_time: '4', good: 'Niet van hier.' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
});

test('an unknown card code gets a Dutch message', async ({ page }) => {
	await page.goto('/f');
	// The shape of a code, from the codes' own alphabet, but never printed (1 in 25^8).
	await page.getByLabel('Code van het kaartje').fill('AAAA-AAAA');
	const response = await postResponse(page, '/f', () => page.getByRole('button', { name: 'Verder' }).click());
	expect(response.status()).toBe(404);
	await expect(page.getByRole('alert')).toContainText('Deze code kennen we niet. Een code ziet er zo uit: ABCD-EFGH.');
	await expect(page.getByLabel('Code van het kaartje')).toHaveValue('AAAA-AAAA');
});

test('a resident answers in Arabic, right to left', async ({ page }, testInfo) => {
	await page.goto(`${demoLink()}?taal=ar`);
	const html = page.locator('html');
	await expect(html).toHaveAttribute('lang', 'ar');
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`ما رأيك في ${worker}؟`);
	await expect(page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'العربية' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(page.getByRole('main')).not.toContainText('Versturen');

	await page.getByRole('radio', { name: 'فرد من العائلة أو شخص يقدّم الرعاية', exact: true }).check();
	await chooseAnswer(page, 1, 'نعم');
	await chooseAnswer(page, 3, 'نعم، كثيرًا جدًا');
	await chooseAnswer(page, 6, 'لا أعرف / أفضّل ألّا أجيب');
	await page.getByLabel(`ما الجيد في عمل ${worker}؟`).fill(`شرحت كل شيء بهدوء (${unique(testInfo)})`);
	await page.getByRole('button', { name: 'إرسال', exact: true }).click();

	await expect(page).toHaveURL(/\/bedankt\?taal=ar$/);
	await expect(html).toHaveAttribute('lang', 'ar');
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('شكرًا لك!');
	await expect(page.getByRole('main')).toContainText('تم إرسال إجاباتك.');
});

test.describe('only top scores and "goed"', () => {
	const topScores = [yesVery, yesVery, yesVery, yesVery, yesVery, DONT_KNOW_NL];

	test('a mantelzorger gets one more question, and answers it', async ({ page }, testInfo) => {
		await page.goto(demoLink());
		await fillResidentForm(page, worker, { rater: 'caregiver', scores: topScores, good: 'goed', better: 'niks' });
		await send(page);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog één vraag');
		const followUp = page.getByLabel(`Wat maakte het goed? Een voorbeeld helpt ${worker} om te leren.`);
		await expect(followUp).toHaveValue('');
		await followUp.fill(`Ze belde mijn moeder zelf terug toen de afspraak verschoof (${unique(testInfo)}).`);
		await expect(page.getByRole('button', { name: 'Overslaan' })).toBeVisible();
		await send(page);
		await expectThanks(page, worker);
	});

	test('a mantelzorger may skip the extra question', async ({ page }) => {
		await page.goto(demoLink());
		await fillResidentForm(page, worker, { rater: 'caregiver', scores: topScores, good: 'Prima!', better: 'niks' });
		await send(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog één vraag');
		await page.getByRole('button', { name: 'Overslaan' }).click();
		await expectThanks(page, worker);
	});
});

test('a form without any chosen answer is refused with 400, keeps the text, and HTML in it stays text', async ({
	page
}, testInfo) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const tag = unique(testInfo);
	const markup = `<script>alert(1)</script><b>vet</b> ${tag}`;
	const better = `Niets op aan te merken, ${tag}`;
	const link = demoLink();

	await page.goto(link);
	await fillResidentForm(page, worker, { good: markup, better });
	const refused = await postResponse(page, link, () => send(page));
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert').first()).toContainText('Kies bij minstens één vraag een antwoord.');
	await expect(page.getByLabel(`Wat doet ${worker} goed?`)).toHaveValue(markup);
	await expect(page.getByLabel(`Wat kan ${worker} beter doen?`)).toHaveValue(better);

	await chooseAnswer(page, 2, yes);
	await send(page);
	await expectThanks(page, worker);

	// Two more answers: the worker sees answers only in groups of at least k = 3.
	for (const n of [1, 2]) {
		await page.goto(link);
		await answerFeedback(page, worker, { scores: [yes], good: `Antwoord ${n} bij ${tag}` });
	}

	await signInByRequest(page, 'worker');
	await page.goto('/feedback');
	const quote = page.getByRole('listitem').filter({ hasText: markup });
	await expect(quote).toHaveCount(1);
	await expect(quote).toContainText(`Goed: ${markup}`);
	await expect(quote.locator('script, b')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test.describe('drafts (kept by /resident.js, so only with JavaScript)', () => {
	test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'drafts are kept by /resident.js');
	const good = (page: Page) => page.getByLabel(`Wat doet ${worker} goed?`);
	const fourth = (page: Page) =>
		page.getByRole('group', { name: /^4\. / }).getByRole('radio', { name: aBit, exact: true });

	test('unfinished answers survive a reload', async ({ page }, testInfo) => {
		const text = `Half af: ze was ${unique(testInfo)}`;
		await page.goto(demoLink());
		await good(page).fill(text);
		await chooseAnswer(page, 4, aBit);
		await page.reload();
		await expect(good(page)).toHaveValue(text);
		await expect(fourth(page)).toBeChecked();
	});

	test('once sent, the draft is gone and the next person on the device starts empty', async ({ page }, testInfo) => {
		await page.goto(demoLink());
		await good(page).fill(`Klaar: ze was ${unique(testInfo)}`);
		await chooseAnswer(page, 4, aBit);
		await send(page);
		await expectThanks(page, worker);
		await page.goto(demoLink());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
		await expect(good(page)).toHaveValue('');
		await expect(fourth(page)).not.toBeChecked();
	});
});

test('with JavaScript, each text gets a "Lees voor" button', async ({ page }, testInfo) => {
	test.skip(testInfo.project.use.javaScriptEnabled === false, 'the buttons are made by /resident.js');
	await page.goto(demoLink());
	const buttons = page.getByRole('button', { name: 'Lees voor', exact: true });
	await expect(buttons.first()).toBeVisible();
	await expect(buttons).toHaveCount(await page.locator('[data-speak]').count());
});

// The resident's pages render the same HTML without JavaScript; /resident.js only adds buttons.
test.describe('axe @once', () => {
	test('the resident form in Dutch, in Arabic and on a 320 px wide screen', async ({ page }) => {
		await test.step('Dutch', async () => {
			await page.goto(demoLink());
			await expectNoAxeViolations(page);
		});
		await test.step('Arabic', async () => {
			await page.goto(`${demoLink()}?taal=ar`);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expectNoAxeViolations(page);
		});
		await test.step('320 px wide (WCAG 1.4.10 reflow)', async () => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(demoLink());
			await expectNoAxeViolations(page);
		});
	});

	test('the card code page /f', async ({ page }) => {
		await page.goto('/f');
		await expectNoAxeViolations(page);
	});

	test('the extra question', async ({ page }) => {
		await page.goto(demoLink());
		await fillResidentForm(page, worker, { scores: [yesVery, yesVery], good: 'goed', better: 'niks' });
		await send(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog één vraag');
		await expectNoAxeViolations(page);
	});

	test('the thank-you page', async ({ page }) => {
		await page.goto(demoLink());
		await answerFeedback(page, worker, { scores: [yes] });
		await expectNoAxeViolations(page);
	});
});
