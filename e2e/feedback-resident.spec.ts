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

test('a resident answers with a card code typed at /f; a used card looks like an unused one', async ({
	page,
	browser
}, testInfo) => {
	const [code, fresh] = await printDemoCards(browser);

	// Typed in lower case with a space instead of the dash, as people do from a paper card.
	await enterCardCode(page, ` ${code.toLowerCase().replace('-', ' ')} `);
	await expect(page).toHaveURL(`/f/${code}?taal=nl`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
	await answerFeedback(page, worker, {
		scores: [yes, yes, yesVery, yes, aBit, yes],
		good: `Fijn dat ik mijn eigen plan mocht maken (${unique(testInfo)}).`,
		better: 'Minder formulieren graag.'
	});

	// Whoever types codes (the worker, on a second phone) cannot tell a used card from an unused one:
	// the same status, the same way to the same form (issue #12, finding 4). /f says a card counts once.
	const typed: { status: number; url: string; heading: string | null }[] = [];
	for (const c of [code, fresh]) {
		await page.goto('/f');
		await expect(page.getByRole('main')).toContainText('Een kaartje telt één keer.');
		await page.getByLabel('Code van het kaartje').fill(c);
		const sent = await postResponse(page, '/f', () => page.getByRole('button', { name: 'Verder' }).click());
		await expect(page).toHaveURL(`/f/${c}?taal=nl`);
		typed.push({
			status: sent.status(),
			url: page.url().replace(c, 'CODE'),
			heading: await page.getByRole('heading', { level: 1 }).textContent()
		});
		await expect(page.getByRole('button', { name: 'Versturen', exact: true })).toBeVisible();
	}
	expect(typed[0]).toEqual(typed[1]);
	// The QR code on the card leads straight to /f/<code>: the same there.
	for (const c of [code, fresh]) expect((await page.goto(`/f/${c}`))?.status()).toBe(200);
	// Sent again on the used card: the same thank-you page (the answer is dropped, the first one counts).
	await page.goto(`/f/${code}`);
	await answerFeedback(page, worker, { scores: [notSo], good: `Nog een keer (${unique(testInfo)}).` });
});

test('a card opened on two phones: both see the same thank-you page', async ({ browser }, testInfo) => {
	const [code] = await printDemoCards(browser);
	const phones = await Promise.all([browser.newContext(), browser.newContext()]);
	try {
		const [first, second] = await Promise.all(phones.map((c) => c.newPage()));
		for (const p of [first, second]) await p.goto(`/f/${code}`);
		await answerFeedback(first, worker, { scores: [yes, yes], good: `Eerste telefoon (${unique(testInfo)}).` });
		await answerFeedback(second, worker, { scores: [aBit, aBit], good: `Tweede telefoon (${unique(testInfo)}).` });
	} finally {
		await Promise.all(phones.map((c) => c.close()));
	}
});

test('a browser signed in to Vakspiegel cannot answer, and keeps what was typed', async ({ page }, testInfo) => {
	await signInByRequest(page, 'worker');
	const signedIn = 'Je bent ingelogd als medewerker van Vakspiegel in deze browser.';
	const opened = await page.goto(demoLink());
	expect(opened?.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText(signedIn);
	const planted = `Een geplant antwoord (${unique(testInfo)}).`;
	await fillResidentForm(page, worker, { scores: [yesVery, yesVery], good: planted });
	const refused = await postResponse(page, demoLink(), () => send(page));
	expect(refused.status()).toBe(403);
	await expect(page.getByRole('alert')).toContainText(signedIn);
	await expect(page.getByRole('alert')).toContainText('Log eerst uit.');
	await expect(page.getByLabel(`Wat doet ${worker} goed?`)).toHaveValue(planted);
	await expectNoAxeViolations(page);
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

// Issue 13, item 7: mild praise ("Ja" everywhere, "goed") is the socially desirable answer too.
test.describe('only "Ja" and "goed", on a phone', () => {
	test.use({ viewport: { width: 360, height: 800 } });
	const mild = [yes, yes, yes, yes, yes, yes];
	const better = `Wat kan ${worker} nog beter doen? Ook een klein ding helpt ${worker} om te leren.`;

	test('the resident is asked what could be even better, and answers it', async ({ page }, testInfo) => {
		await page.goto(demoLink());
		await fillResidentForm(page, worker, { scores: mild, good: 'goed' });
		await send(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog één vraag');
		const followUp = page.getByLabel(better);
		await expect(followUp).toHaveValue('');
		await expectNoAxeViolations(page);
		await followUp.fill(`Iets vaker zelf bellen als er nieuws is (${unique(testInfo)}).`);
		await send(page);
		await expectThanks(page, worker);
	});

	test('long praise without a detail gets the same question; a concrete example does not', async ({ page }) => {
		await page.goto(demoLink());
		await fillResidentForm(page, worker, {
			scores: [yesVery, yesVery, yesVery],
			good: 'Echt een hele lieve en vriendelijke vrouw, altijd behulpzaam, super fijn contact!',
			better: 'Niks, ga zo door.'
		});
		await send(page);
		await expect(page.getByLabel(better)).toBeVisible();
		await page.getByRole('button', { name: 'Overslaan' }).click();
		await expectThanks(page, worker);

		await page.goto(demoLink());
		await answerFeedback(page, worker, { scores: mild, good: 'Ze hielp me met de brief van de gemeente.' });
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

	// The worker sees it at the earliest tomorrow, in a batch (release-batches.ts): not today, however
	// many answers come in. (That quotes stay text in the mirror is checked on the seeded demo batches.)
	for (const n of [1, 2]) {
		await page.goto(link);
		await answerFeedback(page, worker, { scores: [yes], good: `Antwoord ${n} bij ${tag}` });
	}
	await signInByRequest(page, 'worker');
	await page.goto('/feedback');
	await expect(page.getByRole('main')).not.toContainText(tag);
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

// Read-aloud (one button for the page, one per question, hidden without a voice): resident-form.spec.ts.

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
		// A concrete answer: no extra question before the thank-you page (follow-up-rule.ts).
		await answerFeedback(page, worker, { scores: [yes], good: 'Ze belde terug.' });
		await expectNoAxeViolations(page);
	});
});
