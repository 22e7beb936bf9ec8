import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { GROUPS, jsEnabled, joinAsParticipant, type CreatedSession } from './fixtures/advice';
import { createSessionByRequest, sendTipByRequest, setPhaseByRequest } from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

/**
 * A change in the moment between a page's load and its live stream opening (a slow phone, a busy
 * server) must show without waiting for the next event. The browser holds the stream's request until
 * the change is made; then no other event comes.
 */

/** Holds the page's live stream until the returned function is called. */
async function holdLiveStream(page: Page): Promise<() => Promise<void>> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let held = false;
	await page.route(
		(url) => url.pathname.endsWith('/live'),
		async (route) => {
			held = true;
			await released;
			await route.continue();
		}
	);
	return async () => {
		await expect.poll(() => held, { message: 'de pagina opent haar live-verbinding' }).toBe(true);
		release();
	};
}

async function sessionInTips(page: Page, tag: string): Promise<CreatedSession> {
	await signInByRequest(page, 'facilitator');
	const session = await createSessionByRequest(page, `Wat helpt jou vooruit? (${tag})`);
	await setPhaseByRequest(page, session, 'tips');
	return session;
}

test.beforeEach(() => {
	test.skip(
		!jsEnabled(),
		'live updates need JavaScript; without it the wall refreshes itself and other pages on a reload'
	);
});

test("the facilitator's page shows a phase that changed while its live stream was opening", async ({
	page
}, testInfo) => {
	const session = await sessionInTips(page, unique(testInfo));
	const release = await holdLiveStream(page);
	await page.goto(session.path);
	await expect(page.getByRole('main')).toContainText('Nu: Tips verzamelen.');
	await setPhaseByRequest(page, session, 'clustering');
	await release();
	await expect(page.getByRole('main')).toContainText("Nu: Thema's maken.", { timeout: 2000 });
});

test('the wall shows a phase and a tip that came while its live stream was opening', async ({
	page,
	browser
}, testInfo) => {
	const tag = unique(testInfo);
	const session = await sessionInTips(page, tag);
	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	try {
		const wall = await page.context().newPage();
		const release = await holdLiveStream(wall);
		await wall.goto(`${session.path}/muur`);
		await expect(wall.getByRole('main')).toContainText('Tips verzamelen · Deelnemers: 1 · Tips: 0');
		const tip = `Luister eerst (${tag})`;
		await sendTipByRequest(participant, session, tip);
		await release();
		await expect(wall.getByRole('list', { name: 'Tips' }).getByRole('listitem')).toHaveText([tip], {
			timeout: 2000
		});

		const release2 = await holdLiveStream(wall);
		await wall.reload();
		await expect(wall.getByRole('main')).toContainText('Tips verzamelen · Deelnemers: 1 · Tips: 1');
		await setPhaseByRequest(page, session, 'clustering');
		await release2();
		await expect(wall.getByRole('main')).toContainText("Thema's maken · Deelnemers: 1", { timeout: 2000 });
	} finally {
		await participant.context.close();
	}
});

test("a participant's phone shows a phase that changed while its live stream was opening", async ({
	page,
	browser
}, testInfo) => {
	const session = await sessionInTips(page, unique(testInfo));
	const participant = await joinAsParticipant(browser, session.code, GROUPS.residents);
	try {
		const phone = participant.page;
		const release = await holdLiveStream(phone);
		await phone.reload();
		await expect(phone.getByRole('main')).toContainText('Nu: Tips verzamelen');
		await setPhaseByRequest(page, session, 'clustering');
		await release();
		await expect(phone.getByRole('main')).toContainText("Nu: Thema's maken", { timeout: 2000 });
	} finally {
		await participant.context.close();
	}
});

test('a page that is current does not load its data again when its stream opens', async ({ page }) => {
	// The demo's session has tips, themes, votes, top ideas and actions: everything the version covers.
	await signInByRequest(page, 'facilitator');
	await page.goto('/adviesvangen');
	const demo = page.getByRole('listitem').filter({ hasText: 'zodat jij hem of haar echt vertrouwt?' });
	const path = (await demo.getByRole('link').getAttribute('href'))!;
	for (const at of [path, `${path}/themas`, `${path}/muur`]) {
		const loads: string[] = [];
		const count = (r: { url: () => string }) => {
			if (new URL(r.url()).pathname.endsWith('/__data.json')) loads.push(r.url());
		};
		// A page opened afresh has its data in its HTML: any __data.json is a second load.
		page.on('request', count);
		await page.goto(at);
		await expect(page.locator('html[data-live="open"]')).toHaveCount(1);
		await page.waitForTimeout(1000);
		page.off('request', count);
		expect(loads, `${at}: geen tweede keer laden`).toEqual([]);
	}
});
