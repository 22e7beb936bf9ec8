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

	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	try {
		const tip = `Luister eerst, vraag dan door (${tag})`;
		const tips = wall.getByRole('list', { name: 'Tips' });
		if (jsEnabled()) {
			await mark(wall);
			await sendTip(participant.page, tip);
			await expect(tips.getByRole('listitem')).toHaveText([tip]);
			await expect(wall.getByRole('main')).toContainText('Deelnemers: 1 · Tips: 1');
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');

			await nextPhase(page, session, 'clustering');
			await expect(wall.getByRole('main')).toContainText("Thema's maken · Deelnemers: 1", { timeout: 10_000 });
			expect(await marked(wall), 'de muur is niet herladen').toBe('zelfde pagina');

			// Votes: the bars follow every saved vote.
			await openBoardPage(page, `${session.path}/themas`);
			await page
				.getByRole('listitem')
				.filter({ hasText: tip })
				.getByRole('checkbox', { name: 'in nieuw thema' })
				.check();
			await page.getByLabel('Naam van het thema').fill(`Luisteren ${tag}`);
			await page.getByRole('button', { name: 'Maak het thema' }).click();
			await expect(page.getByRole('region', { name: new RegExp(`^Luisteren ${tag} \\(1\\)`) })).toBeVisible();
			await expect(wall.getByRole('heading', { level: 2, name: `Luisteren ${tag}` })).toBeVisible();
			await nextPhase(page, session, 'voting');
			const bars = wall.getByRole('list', { name: "Thema's op volgorde van stippen" });
			await expect(bars.getByRole('listitem')).toHaveText([new RegExp(`Luisteren ${tag}.*Stippen: 0`)]);
			await expect(participant.page.getByRole('main')).toContainText('Verdeel je 3 stippen', { timeout: 10_000 });
			await chooseDots(participant.page, `Luisteren ${tag}`, 2);
			await saveDots(participant.page);
			await expect(bars.getByRole('listitem')).toHaveText([new RegExp(`Luisteren ${tag}.*Stippen: 2`)]);
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
		const waiting = page.getByRole('region', { name: 'Wachten op u: 1' });
		await expect(waiting).toContainText(tip);
		await expectNoAxeViolations(page);
		await waiting.getByRole('button', { name: 'Op de muur' }).click();
		await expect(page.getByRole('region', { name: 'Wachten op u: 0' })).toContainText('Er wachten geen tips.');

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
