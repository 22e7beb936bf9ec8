import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { downloadOf } from './fixtures/download';
import {
	createFeedbackRequest,
	DEMO_WORKER_FIRST_NAME,
	demoLink,
	printDemoCards,
	signInAsNewWorker,
	textsOfPdf
} from './fixtures/feedback';
import { unique } from './fixtures/unique';

// Issue 13, items 4, 5, 6 and 9: the resident form where people stumble. Resident pages on a phone:
// 360 px wide, unless a test measures another width on purpose.

const worker = DEMO_WORKER_FIRST_NAME;
test.use({ viewport: { width: 360, height: 800 } });

const jsOff = () => test.info().project.use.javaScriptEnabled === false;

/**
 * A browser that can speak: speechSynthesis with the given voices, recording what it is asked to say
 * (window.__spoken; "cancel" for a stop). `late` gives the voices only after a voiceschanged event,
 * as Chrome does on a real phone.
 */
async function stubSpeech(page: Page, voices: string[], late = false): Promise<void> {
	await page.addInitScript(
		({ voices, late }) => {
			const w = window as unknown as Record<string, unknown>;
			const spoken: string[] = [];
			const listeners: (() => void)[] = [];
			let available = late ? [] : voices.map((lang) => ({ lang, name: lang }));
			w.__spoken = spoken;
			w.__voicesArrive = () => {
				available = voices.map((lang) => ({ lang, name: lang }));
				listeners.forEach((f) => f());
			};
			Object.defineProperty(window, 'speechSynthesis', {
				configurable: true,
				value: {
					getVoices: () => available,
					speak: (u: { text: string }) => spoken.push(u.text),
					cancel: () => spoken.push('cancel'),
					addEventListener: (_: string, f: () => void) => listeners.push(f)
				}
			});
			w.SpeechSynthesisUtterance = class {
				constructor(readonly text: string) {}
			};
		},
		{ voices, late }
	);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
const readButtons = (page: Page) =>
	page.getByRole('button', { name: /^(Lees voor|Lees alles voor|Stop met voorlezen)/ });

test.describe('read-aloud', () => {
	test('without JavaScript there is no read-aloud button at all', async ({ page }) => {
		test.skip(!jsOff(), 'the no-JavaScript page');
		await page.goto(demoLink());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
		await expect(readButtons(page)).toHaveCount(0);
	});

	test('a browser without a voice for the language shows no read-aloud button', async ({ page }) => {
		test.skip(jsOff(), 'the buttons are made by /resident.js');
		await page.goto(demoLink());
		// The machine's own Chromium: headless it usually has no voices; with a Dutch one the buttons show.
		const hasDutch = await page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const check = () => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('nl'));
					if (check()) return resolve(true);
					setTimeout(() => resolve(check()), 1000);
				})
		);
		if (hasDutch) await expect(page.getByRole('button', { name: 'Lees alles voor' })).toBeVisible();
		else await expect(readButtons(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Lees voor/ })).toHaveCount(hasDutch ? 9 : 0);
	});

	test('voices for other languages only: no buttons; the Arabic page with only a Dutch voice: none either', async ({
		page
	}) => {
		test.skip(jsOff(), 'the buttons are made by /resident.js');
		await stubSpeech(page, ['en-GB', 'ar-SA']);
		await page.goto(demoLink());
		await expect(page.getByRole('radio').first()).toBeVisible();
		await expect(readButtons(page)).toHaveCount(0);
		await expect(page.locator('button.speak')).toHaveCount(10);
		await page.goto(`${demoLink()}?taal=ar`);
		await expect(page.getByRole('button', { name: /^قراءة كل شيء بصوت عالٍ/ })).toBeVisible();

		const other = await page.context().newPage();
		await stubSpeech(other, ['nl-NL']);
		await other.goto(`${demoLink()}?taal=ar`);
		await expect(other.getByRole('radio').first()).toBeVisible();
		await expect(other.locator('button.speak:visible')).toHaveCount(0);
		await other.close();
	});

	test('one "Lees alles voor", and one button per question that reads the question with its answers', async ({
		page
	}) => {
		test.skip(jsOff(), 'the buttons are made by /resident.js');
		await stubSpeech(page, ['nl-NL']);
		await page.goto(demoLink());
		const all = page.getByRole('button', { name: 'Lees alles voor', exact: true });
		await expect(all).toHaveCount(1);
		// Every question has its own button, and the question is in the button's accessible name.
		const questions = [
			'Ik vul dit in als',
			`1. Had ${worker} genoeg tijd en aandacht voor je?`,
			`2. Deed ${worker} wat ${worker} had afgesproken?`,
			`3. Voelde jij je gerespecteerd door ${worker}?`,
			`4. Begreep ${worker} hoe het voor je is?`,
			`5. Kreeg jij van ${worker} ruimte voor jouw eigen ideeën en oplossingen?`,
			'6. Had jij iets aan het gesprek?',
			`Wat doet ${worker} goed?`,
			`Wat kan ${worker} beter doen?`
		];
		for (const q of questions) {
			await expect(page.getByRole('button', { name: `Lees voor — ${q}`, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('button', { name: /^Lees voor/ })).toHaveCount(questions.length);

		await page.getByRole('button', { name: `Lees voor — ${questions[3]}`, exact: true }).click();
		const one = (await spoken(page)).filter((s) => s !== 'cancel');
		expect(one).toEqual([
			`${questions[3]}. Helemaal niet. Niet zo. Een beetje. Ja. Ja, heel erg. Weet ik niet / zeg ik liever niet`
		]);

		await page.evaluate(() => ((window as unknown as { __spoken: string[] }).__spoken.length = 0));
		await all.click();
		await expect(page.getByRole('button', { name: 'Stop met voorlezen', exact: true })).toBeVisible();
		const whole = (await spoken(page)).filter((s) => s !== 'cancel');
		expect(whole[0]).toBe(`Wat vind je van ${worker}?`);
		expect(whole.join(' ')).toContain('Je blijft anoniem');
		for (const q of questions) expect(whole.join(' ')).toContain(q);
		expect(whole.join(' ')).toContain('Ja, heel erg');
		expect(whole.join(' ')).not.toContain('Lees voor');
		await page.getByRole('button', { name: 'Stop met voorlezen', exact: true }).click();
		expect((await spoken(page)).at(-1)).toBe('cancel');
		await expect(all).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('voices that load after the page still bring the buttons', async ({ page }) => {
		test.skip(jsOff(), 'the buttons are made by /resident.js');
		await stubSpeech(page, ['nl-BE'], true);
		await page.goto(`${demoLink()}?taal=kind`);
		await expect(page.getByRole('radio').first()).toBeVisible();
		await expect(readButtons(page)).toHaveCount(0);
		await page.evaluate(() => (window as unknown as { __voicesArrive: () => void }).__voicesArrive());
		await expect(page.getByRole('button', { name: 'Lees alles voor', exact: true })).toBeVisible();
		await expect(
			page.getByRole('button', { name: `Lees voor — 1. Had ${worker} genoeg tijd en aandacht voor jou?`, exact: true })
		).toBeVisible();
	});
});

test.describe('face-scale words at 320 and 390 px', () => {
	// Measuring line boxes needs script in the page; the page's markup and CSS are the same without
	// JavaScript (/resident.js only adds read-aloud buttons, hidden here: this browser has no voices).
	test.skip(jsOff, 'measures line boxes with script in the page');

	for (const width of [320, 390]) {
		test(`no word breaks inside at ${width} px, in nl, eenvoudig and kind`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			for (const language of ['nl', 'eenvoudig', 'kind']) {
				await page.goto(`${demoLink()}?taal=${language}`);
				const found = await page.evaluate(() => {
					const problems: string[] = [];
					const labels = [...document.querySelectorAll('.face span')];
					for (const span of labels) {
						const node = span.firstChild;
						if (!node?.textContent) continue;
						const text = node.textContent;
						// Each word's own line boxes: more than one line means the word was broken inside.
						for (const word of text.matchAll(/\S+/gu)) {
							const range = document.createRange();
							range.setStart(node, word.index);
							range.setEnd(node, word.index + word[0].length);
							const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
							if (lines.size > 1) problems.push(`"${word[0]}" in "${text}" over ${lines.size} regels`);
						}
						if (getComputedStyle(span).hyphens === 'auto') problems.push(`afbreekstreepjes in "${text}"`);
						if (span.scrollWidth > span.clientWidth + 1) problems.push(`"${text}" steekt uit`);
					}
					if (document.documentElement.scrollWidth > window.innerWidth) problems.push('horizontaal scrollen');
					return { count: labels.length, problems };
				});
				expect(found.count, language).toBe(30);
				expect(found.problems, `${language} op ${width} px`).toEqual([]);
			}
		});
	}

	test('the child form has big faces and short words', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${demoLink()}?taal=kind`);
		const first = page.getByRole('group', { name: /^1\. / });
		await expect(first.getByRole('radio', { name: 'Nee', exact: true })).toBeVisible();
		const face = await first.locator('.face svg').first().boundingBox();
		expect(face?.width).toBeGreaterThanOrEqual(48);
		await page.goto(demoLink());
		const adult = await page.getByRole('group', { name: /^1\. / }).locator('.face svg').first().boundingBox();
		expect(face!.width).toBeGreaterThan(adult!.width);
		await page.goto(`${demoLink()}?taal=kind`);
		await expectNoAxeViolations(page);
	});
});

/** Opens a URL in a new context (a resident's own phone) and hands its page to `check`. */
async function asResident(
	browser: Browser,
	url: string,
	check: (page: Page, status: number | undefined) => Promise<void>
) {
	const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	try {
		const page = await context.newPage();
		const response = await page.goto(url);
		await check(page, response?.status());
	} finally {
		await context.close();
	}
}

test('a "u" request: the form says "Voelde u zich", the cards say "u", and its paused and closed pages say what to do', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const firstName = 'Ilse';
	await signInAsNewWorker(page, browser, testInfo);
	const request = await createFeedbackRequest(page, { label: `Formeel ${unique(testInfo)}`, firstName, address: 'u' });

	await test.step('the form', async () => {
		await asResident(browser, request.link, async (resident) => {
			await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Wat vindt u van ${firstName}?`);
			await expect(resident.getByRole('group', { name: /^3\. / })).toHaveAccessibleName(
				`3. Voelde u zich gerespecteerd door ${firstName}?`
			);
			await expect(resident.getByRole('main')).not.toContainText(/\bu u\b/);
			await expect(resident.getByText('Wilt u een gesprek over uw antwoorden?')).toBeVisible();
		});
	});

	await test.step('the printed cards', async () => {
		await page.goto(request.path);
		const pdf = await downloadOf(page, () => page.getByRole('button', { name: 'Kaartjes maken (PDF)' }).click());
		// pdfkit draws one text per line: the lines of a card, joined, read as its sentences.
		const texts = textsOfPdf(pdf.body)
			.map((t) => t.trim())
			.join(' ');
		expect(texts).toContain(`Wat vindt u van ${firstName}?`);
		expect(texts).toContain('Scan de code met uw telefoon, of ga naar:');
		expect(texts).not.toMatch(/\bje\b/);
	});

	await test.step('paused: what to do next, without a bare "/f"', async () => {
		await page.goto(request.path);
		await page.getByRole('button', { name: 'Pauzeren' }).click();
		await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
		await asResident(browser, request.link, async (resident, status) => {
			expect(status).toBe(409);
			await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Deze vragenlijst staat even stil');
			await expect(resident.getByRole('main')).toContainText('U kunt nu even geen antwoorden geven.');
			await expect(resident.getByRole('link', { name: '/f', exact: true })).toHaveCount(0);
			const again = resident.getByRole('link', { name: 'Opnieuw proberen' });
			await expect(again).toHaveAttribute('href', `${new URL(request.link).pathname}?taal=nl`);
			await expectNoAxeViolations(resident, { withoutJs: true });
		});
	});

	await test.step('closed', async () => {
		await page.goto(request.path);
		await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
		await expect(page.getByRole('main')).toContainText('Deze link is gesloten');
		await asResident(browser, `${request.link}?taal=en`, async (resident, status) => {
			expect(status).toBe(410);
			await expect(resident.locator('html')).toHaveAttribute('lang', 'en');
			await expect(resident.getByRole('heading', { level: 1 })).toHaveText('This questionnaire is closed');
			await expect(resident.getByRole('main')).toContainText('Tell your social worker, or ask for a new link.');
		});
		await asResident(browser, request.link, async (resident) => {
			await expect(resident.getByRole('main')).toContainText('Wilt u toch iets vertellen?');
			await expect(resident.getByRole('heading', { level: 1 })).toHaveCount(1);
		});
	});
});

test.describe('error pages say what to do next', () => {
	test('an unknown link: a heading, what to do, and a link to type a card code', async ({ page }) => {
		const response = await page.goto('/f/ditIsGeenBestaandeLinkVanIemand123');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
		await expect(page.getByRole('main')).toContainText('Kijk of jij de hele link hebt overgenomen.');
		await expect(page.getByRole('link', { name: '/f', exact: true })).toHaveCount(0);
		await expectNoAxeViolations(page, { withoutJs: true });
		await page.getByRole('link', { name: 'Een code van een kaartje intypen' }).click();
		await expect(page).toHaveURL('/f?taal=nl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback met een kaartje');
	});

	test('an unknown card code in the address, in Arabic', async ({ page }) => {
		// The shape of a code, from the codes' own alphabet, but never printed (1 in 25^8).
		const response = await page.goto('/f/AAAA-AAAA?taal=ar');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('لا نعرف هذا الرمز');
		await expect(page.getByRole('main')).toContainText('ABCD-EFGH');
		await expect(page.getByRole('link', { name: 'كتابة رمز البطاقة' })).toHaveAttribute('href', '/f?taal=ar');
		await expectNoAxeViolations(page, { withoutJs: true });
	});

	test('a used card opens its form like an unused one (no used-card page)', async ({ page, browser }) => {
		const [code] = await printDemoCards(browser);
		await page.goto(`/f/${code}`);
		await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Ja', exact: true }).check();
		// A concrete detail, so no follow-up question comes between the answer and the thank-you page.
		await page.getByLabel(`Wat doet ${worker} goed?`).fill('Ze belde mij terug over de huurschuld');
		await page.getByRole('button', { name: 'Versturen', exact: true }).click();
		await expect(page).toHaveURL(/\/bedankt\?taal=nl$/);
		const again = await page.goto(`/f/${code}`);
		expect(again?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wat vind je van ${worker}?`);
		await expect(page.getByRole('button', { name: 'Versturen', exact: true })).toBeVisible();
	});

	test('the 404 page: "Pagina niet gevonden" once, and where to go', async ({ page }) => {
		const response = await page.goto('/f/een/adres/dat/niet/bestaat');
		expect(response?.status()).toBe(404);
		const main = page.getByRole('main');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
		await expect(main).not.toContainText('Niet gevonden');
		await expect(main).toContainText('Kijk of je het goed hebt overgetypt.');
		await expect(main.getByRole('link', { name: 'Een code van een feedbackkaartje intypen' })).toHaveAttribute(
			'href',
			'/f'
		);
		await expect(main.getByRole('link', { name: 'Meedoen met de code van een bijeenkomst' })).toHaveAttribute(
			'href',
			'/doe-mee'
		);
		await expect(main.getByRole('link', { name: '/f', exact: true })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});
