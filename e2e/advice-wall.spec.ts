import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import {
	chooseDots,
	createSession,
	GROUPS,
	joinAsParticipant,
	jsEnabled,
	nextPhase,
	saveDots,
	openBoardPage,
	sendTip
} from './fixtures/advice';
import { createSessionByRequest, post, setPhaseByRequest } from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

/** A mark on the page's window: it survives live updates, not a reload. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __mark: string }).__mark = 'zelfde pagina'));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { __mark?: string }).__mark);

test('the wall shows new tips, the phase and the votes as they come', async ({ page, browser }, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat helpt jou vooruit? (${tag})` });
	await nextPhase(page, session, 'tips');

	// The wall on the projector; the facilitator works on in another tab.
	const wall = await page.context().newPage();
	await wall.goto(`${session.path}/muur`);
	await expect(wall.getByRole('heading', { level: 1 })).toHaveText(session.question);
	await expect(wall.getByRole('main')).toContainText(`Code: ${session.code}`);
	await expect(wall.getByRole('img', { name: /^QR-code naar http.*\/doe-mee\// })).toBeVisible();
	await expect(wall.getByRole('main')).toContainText('Tips verzamelen · Deelnemers: 0 · Tips: 0');
	await expectNoAxeViolations(wall);
	if (jsEnabled()) {
		await expect(wall.locator('html[data-live="open"]')).toHaveCount(1);
		await mark(wall);
	}

	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	try {
		const tip = `Luister eerst, vraag dan door (${tag})`;
		const tips = wall.getByRole('list', { name: 'Tips' });
		if (jsEnabled()) {
			// A phone joins: the count on the wall follows, without a reload.
			await expect(wall.getByRole('main')).toContainText('Deelnemers: 1 · Tips: 0');
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');
			await sendTip(participant.page, tip);
			await expect(tips.getByRole('listitem')).toHaveText([tip]);
			await expect(wall.getByRole('main')).toContainText('Deelnemers: 1 · Tips: 1');
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');

			await nextPhase(page, session, 'clustering');
			await expect(wall.getByRole('main')).toContainText("Thema's maken · Deelnemers: 1", { timeout: 10_000 });
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');

			// Votes: the bars follow every saved vote.
			await openBoardPage(page, `${session.path}/themas`);
			await page.getByRole('checkbox', { name: tip, exact: true }).check();
			await page.getByLabel('Nieuw thema met de aangevinkte tips').fill(`Luisteren ${tag}`);
			await page.getByRole('button', { name: 'Maak het thema' }).click();
			await expect(page.getByRole('region', { name: new RegExp(`^Luisteren ${tag} \\(1\\)`) })).toBeVisible();
			await expect(wall.getByRole('heading', { level: 2, name: `Luisteren ${tag}` })).toBeVisible();
			await nextPhase(page, session, 'voting');
			// The phones do not show the results yet: neither does the wall (only how many dots were placed).
			const main = wall.getByRole('main');
			await expect(wall.getByRole('list', { name: "Thema's", exact: true })).toHaveText(`Luisteren ${tag}`);
			await expect(main).toContainText('De uitslag komt later. Stippen gezet: 0');
			await expect(participant.page.getByRole('main')).toContainText('Verdeel je 3 stippen', { timeout: 10_000 });
			await chooseDots(participant.page, `Luisteren ${tag}`, 2);
			await saveDots(participant.page);
			await expect(main).toContainText('De uitslag komt later. Stippen gezet: 2');
			await expect(main).not.toContainText('Stippen: ');
			// Results shown on the phones: the wall shows the bars, and they follow every saved vote.
			await page.getByRole('button', { name: 'Laat de uitslag zien aan deelnemers' }).click();
			await expect(page).toHaveURL(new RegExp(`${session.path}$`));
			const bars = wall.getByRole('list', { name: "Thema's op volgorde van stippen" });
			await expect(bars.getByRole('listitem')).toHaveText([new RegExp(`Luisteren ${tag}.*Stippen: 2`)]);
			await chooseDots(participant.page, `Luisteren ${tag}`, 3);
			await saveDots(participant.page);
			await expect(bars.getByRole('listitem')).toHaveText([new RegExp(`Luisteren ${tag}.*Stippen: 3`)]);
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');
			await expectNoAxeViolations(wall);
		} else {
			// Without JavaScript the wall refreshes itself every 10 seconds.
			await expect(wall.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '10');
			await sendTip(participant.page, tip);
			await expect(tips.getByRole('listitem')).toHaveText([tip], { timeout: 15_000 });
			await nextPhase(page, session, 'clustering');
			await expect(wall.getByRole('main')).toContainText("Thema's maken · Deelnemers: 1", { timeout: 15_000 });
		}
	} finally {
		await participant.context.close();
	}
});

test('with moderation, a tip reaches the wall only after the facilitator shows it', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat vind jij belangrijk? (${tag})`, moderation: true });
	await nextPhase(page, session, 'tips');
	const participant = await joinAsParticipant(browser, session.code, GROUPS.workers);
	try {
		const tip = `Wees eerlijk over wat niet kan (${tag})`;
		await sendTip(participant.page, tip);
		await expect(participant.page.getByRole('region', { name: /^Jouw tips/ })).toContainText(
			`${tip} (wacht op de begeleider)`
		);
		const wall = await page.context().newPage();
		await wall.goto(`${session.path}/muur`);
		await expect(wall.getByRole('main')).toContainText('Tips: 0');
		await expect(wall.getByRole('main')).not.toContainText(tip);

		await page.goto(`${session.path}/tips`);
		const waiting = page.getByRole('region', { name: 'Wachten op jou: 1' });
		await expect(waiting).toContainText(tip);
		await expectNoAxeViolations(page);
		await waiting.getByRole('button', { name: 'Op de muur' }).click();
		await expect(page.getByRole('region', { name: 'Wachten op jou: 0' })).toContainText('Er wachten geen tips.');

		if (!jsEnabled()) await wall.reload();
		await expect(wall.getByRole('list', { name: 'Tips' }).getByRole('listitem')).toHaveText([tip]);
		await participant.page.reload();
		await expect(participant.page.getByRole('region', { name: /^Jouw tips/ })).toContainText(`${tip} (op de muur)`);
	} finally {
		await participant.context.close();
	}
});

test('a phone shows how many tips are on the wall, live with JavaScript', async ({ page, browser }, testInfo) => {
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat maakt het verschil? (${tag})` });
	await nextPhase(page, session, 'tips');
	const watcher = await joinAsParticipant(browser, session.code, GROUPS.residents);
	const sender = await joinAsParticipant(browser, session.code, GROUPS.workers);
	try {
		const count = watcher.page.getByText(/^Tips op de muur tot nu toe: \d+$/u);
		await expect(count).toHaveText('Tips op de muur tot nu toe: 0');
		if (jsEnabled()) await mark(watcher.page);
		await sendTip(sender.page, `Bel terug als je het belooft (${tag})`);
		await sendTip(sender.page, `Neem de tijd (${tag})`);
		if (jsEnabled()) {
			await expect(count).toHaveText('Tips op de muur tot nu toe: 2');
			expect(await marked(watcher.page), 'de pagina is niet herladen').toBe('zelfde pagina');
		} else {
			await watcher.page.reload();
			await expect(count).toHaveText('Tips op de muur tot nu toe: 2');
		}
	} finally {
		await watcher.context.close();
		await sender.context.close();
	}
});

test('the wall keeps up while tips keep coming, without a quiet moment', async ({
	page,
	browser,
	baseURL
}, testInfo) => {
	test.skip(!jsEnabled(), 'without JavaScript the wall refreshes every 10 seconds');
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat houdt je bezig? (${tag})` });
	await nextPhase(page, session, 'tips');
	const wall = await page.context().newPage();
	await wall.goto(`${session.path}/muur`);
	await expect(wall.locator('html[data-live="open"]')).toHaveCount(1);
	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	try {
		// A tip every 60 ms, for longer than the wall may lag behind.
		let sending = true;
		const sender = (async () => {
			for (let i = 0; i < 35; i++) {
				await participant.context.request.post(`/doe-mee/${session.code}?/tip`, {
					form: { text: `Tip ${i} (${tag})`, nonce: `${tag}-${i}` },
					headers: { Origin: baseURL!, Accept: 'text/html' },
					maxRedirects: 0
				});
				await new Promise((r) => setTimeout(r, 60));
			}
			sending = false;
		})();
		const tips = wall.getByRole('list', { name: 'Tips' }).getByRole('listitem');
		await expect.poll(() => tips.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
		expect(sending, 'de muur liep bij terwijl er nog tips binnenkwamen').toBe(true);
		await sender;
		await expect(tips).toHaveCount(35);
	} finally {
		await participant.context.close();
	}
});

/**
 * On the wall at the projector's size: every tip of every page is on the screen, and nothing is
 * outside it. Pages are turned with the wall's own links (paused, so the timer does not turn them
 * while we look). Returns the tip texts seen.
 */
async function wallPagesShow(wall: Page, path: string): Promise<string[]> {
	await wall.goto(`${path}/muur?pauze=ja`);
	const pager = wall.getByTestId('wall-page');
	const pages = (await pager.count()) ? Number(/van (\d+)/u.exec((await pager.textContent()) ?? '')?.[1]) : 1;
	const seen: string[] = [];
	for (let n = 1; n <= pages; n++) {
		if (n > 1) {
			await wall.getByRole('link', { name: 'Volgende', exact: true }).click();
			await expect(pager).toHaveText(`Pagina ${n} van ${pages}`);
		}
		const shown = await wall.evaluate(() => {
			const d = document.documentElement;
			return {
				width: d.scrollWidth,
				height: d.scrollHeight,
				tips: [...document.querySelectorAll('.wall__board li')].map((li) => {
					const r = li.getBoundingClientRect();
					const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
					return { text: li.textContent?.trim() ?? '', inside };
				})
			};
		});
		expect(shown.height, `pagina ${n}: niet hoger dan het scherm`).toBeLessThanOrEqual(1080);
		expect(shown.width, `pagina ${n}: niet breder dan het scherm`).toBeLessThanOrEqual(1920);
		for (const tip of shown.tips) expect(tip.inside, `op het scherm: ${tip.text}`).toBe(true);
		seen.push(...shown.tips.map((t) => t.text));
	}
	return seen;
}

test("the session list counts the demo; the demo's theme board and the wall with its 37 tips (and 100) fit one screen", async ({
	page
}, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await signInByRequest(page, 'facilitator');

	// The session list: the demo's finished session with its real numbers.
	await page.goto('/adviesvangen');
	const demoSession = page.getByRole('listitem').filter({ hasText: 'zodat jij hem of haar echt vertrouwt?' });
	await expect(demoSession).toContainText('Gesloten');
	await expect(demoSession).toContainText('Deelnemers: 25 · Tips: 37');
	const demoPath = (await demoSession.getByRole('link').getAttribute('href'))!;

	// Its theme board: six themes and 37 tips on about one screen, each tip a checkbox labelled with its text.
	await page.goto(`${demoPath}/themas`);
	const demoTips = await page.locator('.tip-card label').allTextContents();
	expect(demoTips).toHaveLength(37);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height, 'hoogte van het themabord van de demo').toBeLessThanOrEqual(1400);
	await expectNoAxeViolations(page);

	// The wall of a session with the demo's tips (typed in from paper), then 100 tips, then in themes.
	const session = await createSessionByRequest(page, `Wat maakt dat je iemand vertrouwt? (${tag})`);
	await setPhaseByRequest(page, session, 'tips');
	const paper = (lines: string[]) =>
		post(page, `${session.path}/tips?/paper`, [
			['lines', lines.join('\n')],
			['groupKey', 'inwoners']
		]);
	await paper(demoTips);
	const wall = await page.context().newPage();
	expect((await wallPagesShow(wall, session.path)).toSorted()).toEqual(demoTips.toSorted());
	await expectNoAxeViolations(wall);
	if (jsEnabled()) {
		// The pages turn by themselves, and the pause stops them.
		await wall.clock.install();
		await wall.goto(`${session.path}/muur`);
		await expect(wall.getByTestId('wall-page')).toHaveText(/^Pagina 1 van \d$/u);
		await wall.clock.runFor(13_000);
		await expect(wall.getByTestId('wall-page')).toHaveText(/^Pagina 2 van \d$/u);
		await wall.getByRole('link', { name: 'Pauzeer' }).click();
		await wall.clock.runFor(13_000);
		await expect(wall.getByTestId('wall-page')).toHaveText(/^Pagina 2 van \d$/u);
	} else {
		await wall.goto(`${session.path}/muur`);
		await expect(wall.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '10;url=?pagina=2');
	}

	const more = Array.from({ length: 63 }, (_, i) => `Extra tip ${i + 1} over wat helpt (${tag})`);
	await paper(more);
	expect((await wallPagesShow(wall, session.path)).toSorted()).toEqual([...demoTips, ...more].toSorted());

	await setPhaseByRequest(page, session, 'clustering');
	await post(page, `${session.path}/themas?/suggestion`, []);
	expect((await wallPagesShow(wall, session.path)).toSorted()).toEqual([...demoTips, ...more].toSorted());
	await expect(wall.getByRole('heading', { level: 2 }).first()).toBeVisible();
});
