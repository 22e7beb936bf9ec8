import fs from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';

// Issue 17, consultation rounds: an editor (redacteur) opens a round on the sample code's draft, a worker
// reacts per article on a 360 px phone in at most 3 taps per article, stops and comes back; the editor
// sees the heatmap and closes the round. A partner reacts through the open link without an account.

const PHONE = { width: 360, height: 740 };
const SHOTS = '/work/shots/rounds17';

async function asEditor(browser: Browser): Promise<Page> {
	const email = demo().code?.editor;
	const editor = demo().users.find((u) => u.email === email);
	expect(editor, 'de redacteur van de demo in demo.json').toBeTruthy();
	const page = await (await browser.newContext()).newPage();
	await signInByRequestWith(page, editor!.email, editor!.password, 'redacteur');
	return page;
}

/** Opens a new round through the editor's form; returns the round's page path. */
async function openRound(editor: Page, question: string, audience: 'De hele organisatie' | RegExp): Promise<string> {
	await editor.goto('/beroepscode/rondes');
	await expect(editor.getByRole('heading', { level: 1, name: 'Reactierondes' })).toBeVisible();
	await editor.getByRole('link', { name: 'Nieuwe reactieronde' }).click();
	await expect(editor.getByRole('heading', { level: 1, name: 'Nieuwe reactieronde' })).toBeVisible();
	await editor.getByLabel('Vraag van de ronde').fill(question);
	await editor.getByRole('radio', { name: audience }).check();
	await editor.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(editor.getByRole('heading', { level: 1, name: question })).toBeVisible();
	return new URL(editor.url()).pathname;
}

/** A tap counter: every click on the phone goes through it, per article. */
function taps(page: Page) {
	let count = 0;
	return {
		tap: async (target: Locator) => {
			count += 1;
			await target.click();
		},
		reset: () => {
			const n = count;
			count = 0;
			return n;
		},
		page
	};
}

async function shoot(page: Page, name: string) {
	fs.mkdirSync(SHOTS, { recursive: true });
	for (const size of [PHONE, { width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage: true });
	}
	await page.setViewportSize(PHONE);
}

test('a worker reacts on three articles on a phone, comes back later; the editor sees the heatmap and closes the round', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	const js = testInfo.project.name === 'js-on';
	const question = `Wat vind je van versie 2? (${testInfo.project.name} ${Date.now()})`;
	const editor = await asEditor(browser);
	const roundPath = await openRound(editor, question, 'De hele organisatie');
	await expectNoAxeViolations(editor);
	const roundId = roundPath.split('/').at(-1)!;

	await page.setViewportSize(PHONE);
	await signInByRequest(page, 'worker');
	const phone = taps(page);

	await test.step('the worker finds the round and starts', async () => {
		await page.goto('/beroepscode');
		await page.getByRole('link', { name: 'Reageren op de beroepscode' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Reageren op de beroepscode' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: question }).click();
		await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
		await expect(page.getByText('Je reageerde op 0 van 29 artikelen.')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Begin met reageren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Artikel 1.1 Voor wie deze code is' })).toBeVisible();
		await expectNoAxeViolations(page);
		if (js) await shoot(page, 'reageren-artikel');
	});

	await test.step('article 1.1: one tap (eens) saves and opens the next article', async () => {
		await phone.tap(page.getByRole('button', { name: 'Eens', exact: true }));
		await expect(
			page.getByRole('heading', { level: 1, name: 'Artikel 1.2 Waarvoor je de code gebruikt' })
		).toBeVisible();
		expect(phone.reset()).toBeLessThanOrEqual(3);
	});

	await test.step('article 1.2: a comment in three taps (open, field, twijfel)', async () => {
		await phone.tap(page.getByText('Toelichting of voorstel voor tekst (niet verplicht)'));
		await phone.tap(page.getByLabel('Opmerking (niet verplicht)'));
		await page.keyboard.type('Moeilijke keuzes: geef een voorbeeld.');
		await phone.tap(page.getByRole('button', { name: 'Twijfel', exact: true }));
		await expect(page.getByRole('heading', { level: 1, name: /^Artikel 1\.3 / })).toBeVisible();
		expect(phone.reset()).toBe(3);
	});

	await test.step('article 1.3: oneens, one tap', async () => {
		await phone.tap(page.getByRole('button', { name: 'Oneens', exact: true }));
		await expect(page.getByRole('heading', { level: 1, name: /^Artikel 2\.1\.1 / })).toBeVisible();
		expect(phone.reset()).toBe(1);
	});

	await test.step('stop, come back later: the answers are kept and "ga verder" opens the next article', async () => {
		await page.goto('/');
		await page.goto(`/beroepscode/reageren/${roundId}`);
		await expect(page.getByText('Je reageerde op 3 van 29 artikelen.')).toBeVisible();
		const list = page.getByRole('list').filter({ hasText: 'Artikel 1.1 Voor wie deze code is' });
		await expect(list.getByRole('listitem').nth(0)).toContainText('Eens');
		await expect(list.getByRole('listitem').nth(1)).toContainText('Twijfel');
		await expect(list.getByRole('listitem').nth(2)).toContainText('Oneens');
		await expect(list.getByRole('listitem').nth(3)).toContainText('Nog niet');
		if (js) await shoot(page, 'reageren-overzicht');
		await page.getByRole('link', { name: 'Ga verder' }).click();
		await expect(page.getByRole('heading', { level: 1, name: /^Artikel 2\.1\.1 / })).toBeVisible();
		await page.goto(`/beroepscode/reageren/${roundId}?artikel=1.2`);
		await expect(page.getByText('Je koos: Twijfel')).toBeVisible();
		await expect(page.getByLabel('Opmerking (niet verplicht)')).toHaveValue('Moeilijke keuzes: geef een voorbeeld.');
	});

	await test.step('the editor sees the heatmap as numbers, the comment per article, and closes the round', async () => {
		await editor.reload();
		const heatmap = editor.getByRole('table').first();
		const row = (name: string) => heatmap.getByRole('row', { name: new RegExp(`^${name.replace(/\./g, '\\.')} `) });
		await expect(row('Artikel 1.1').getByRole('cell')).toHaveText(['1', '0', '0', '0']);
		await expect(row('Artikel 1.2').getByRole('cell')).toHaveText(['0', '1', '0', '1']);
		await expect(row('Artikel 1.3').getByRole('cell')).toHaveText(['0', '0', '1', '0']);
		await expect(editor.getByRole('region', { name: /Artikel 1\.2/ })).toContainText(
			'Moeilijke keuzes: geef een voorbeeld.'
		);
		await expect(editor.getByRole('region', { name: /Artikel 1\.2/ })).toContainText('Anoniem');
		await expect(editor.getByText(/Teams met minder dan 6 mensen/)).toBeVisible();
		await expectNoAxeViolations(editor);
		if (js) await shoot(editor, 'ronde-uitkomst');
		const csv = await editor.request.get(`${roundPath}/reacties.csv`);
		const body = await csv.text();
		expect(body.charCodeAt(0)).toBe(0xfeff);
		expect(body).toContain('Artikel;Titel;Eens;Twijfel;Oneens');
		expect(body).toContain('Moeilijke keuzes: geef een voorbeeld.');
		expect(body).not.toContain(demo().users.find((u) => u.email.startsWith('werker'))!.name);
		const pdf = await editor.request.get(`${roundPath}/reacties.pdf`);
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

		await editor.getByRole('button', { name: 'Ronde nu sluiten' }).click();
		await expect(editor.getByText('De ronde is gesloten. Er kan niemand meer reageren.')).toBeVisible();
		await expect(editor.getByRole('button', { name: 'Ronde nu sluiten' })).toHaveCount(0);
	});

	await test.step('dispositions: publishing is refused while a comment has no answer; one answer per article, then publish', async () => {
		await editor.getByRole('button', { name: 'Alle antwoorden publiceren' }).click();
		await expect(editor.getByRole('alert')).toContainText('Nog 1 reactie zonder antwoord.');
		const article = editor.getByRole('region', { name: /Artikel 1\.2/ });
		await article.getByText('Eén antwoord geven voor alle reacties op dit artikel').click();
		await article.getByRole('radio', { name: 'Deels overgenomen' }).first().check();
		await article.getByLabel('Waarom? (kort)').first().fill('We geven een voorbeeld in de toelichting.');
		await article.getByRole('button', { name: 'Antwoord opslaan' }).first().click();
		await expect(editor.getByText('Antwoord: Deels overgenomen.')).toBeVisible();
		await expectNoAxeViolations(editor);
		await editor.getByRole('button', { name: 'Alle antwoorden publiceren' }).click();
		await expect(editor.getByText('De antwoorden zijn gepubliceerd.')).toBeVisible();
		await expect(editor.getByRole('button', { name: 'Alle antwoorden publiceren' })).toHaveCount(0);
	});

	await test.step('after closing, the worker sees the round is closed and can no longer react', async () => {
		await page.goto(`/beroepscode/reageren/${roundId}`);
		await expect(page.getByText('Deze ronde is gesloten. Je kunt niet meer reageren.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ga verder' })).toHaveCount(0);
		await page.goto(`/beroepscode/reageren/${roundId}?artikel=1.4`);
		await expect(page.getByRole('button', { name: 'Eens', exact: true })).toHaveCount(0);
	});
	await editor.context().close();
});

test('a partner reacts through the open link without an account, light and server-rendered, and comes back with their own link', async ({
	browser
}, testInfo) => {
	test.setTimeout(90_000);
	const js = testInfo.project.name === 'js-on';
	const question = `Partners: wat vindt u? (${testInfo.project.name} ${Date.now()})`;
	const editor = await asEditor(browser);
	await openRound(editor, question, /^Open link voor partnerorganisaties/);
	const link = (await editor.locator('.link code').textContent())!.trim();
	expect(link).toMatch(/\/reactie\/[A-Za-z0-9_-]{40,}$/);
	await editor.context().close();

	const partner = await (await browser.newContext({ viewport: PHONE })).newPage();
	const first = await partner.goto(new URL(link).pathname);
	const html = await first!.text();
	expect(html.length, 'de pagina weegt maar een paar KB').toBeLessThan(16_000);
	await expect(partner.locator('script[src]')).toHaveCount(0);
	await expect(partner.getByRole('heading', { level: 1, name: question })).toBeVisible();
	await expectNoAxeViolations(partner);
	await partner.getByRole('link', { name: 'Begin met reageren' }).click();
	await expect(partner.getByRole('heading', { level: 1, name: 'Artikel 1.1 Voor wie deze code is' })).toBeVisible();
	await expectNoAxeViolations(partner);
	if (js) await shoot(partner, 'reactie-link-artikel');
	await partner.getByRole('button', { name: 'Oneens', exact: true }).click();
	await expect(partner.getByRole('heading', { level: 1, name: /^Artikel 1\.2 / })).toBeVisible();
	await partner.getByRole('link', { name: 'Naar het overzicht' }).click();
	await expect(partner.getByText('Je reageerde op 1 van 29 artikelen.')).toBeVisible();
	const own = (await partner.getByRole('region', { name: 'Je eigen link' }).locator('code').textContent())!.trim();
	expect(own).toContain('?ik=');
	await partner.getByLabel('Met mijn naam').check();
	await partner.getByLabel('Je naam', { exact: true }).fill('Partner Jansen');
	await partner.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(partner.getByText('Je reacties staan nu op naam van Partner Jansen.')).toBeVisible();
	await expectNoAxeViolations(partner);
	if (js) await shoot(partner, 'reactie-link-overzicht');
	await partner.context().close();

	// Another device: nothing of it without the personal link, everything with it.
	const other = await (await browser.newContext({ viewport: PHONE })).newPage();
	await other.goto(new URL(link).pathname);
	await expect(other.getByText('Je reageerde op 0 van 29 artikelen.')).toBeVisible();
	await other.goto(new URL(own).pathname + new URL(own).search);
	await expect(other).toHaveURL(new RegExp(`${new URL(link).pathname}$`));
	await expect(other.getByText('Je reageerde op 1 van 29 artikelen.')).toBeVisible();
	await other.context().close();
});

test('the new-round form keeps what was typed and says what is wrong', async ({ browser }) => {
	const editor = await asEditor(browser);
	await editor.goto('/beroepscode/rondes/nieuw');
	await expectNoAxeViolations(editor);
	await editor.getByLabel('Vraag van de ronde').fill('Een vraag die blijft staan');
	await editor.getByRole('radio', { name: 'Alleen gekozen teams' }).check();
	await editor.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(editor.getByRole('alert')).toContainText('Kies minstens één team.');
	await expect(editor.getByLabel('Vraag van de ronde')).toHaveValue('Een vraag die blijft staan');
	await expectNoAxeViolations(editor);
	if (test.info().project.name === 'js-on') await shoot(editor, 'ronde-nieuw');
	await editor.goto('/beroepscode/rondes');
	if (test.info().project.name === 'js-on') await shoot(editor, 'rondes');
	await editor.context().close();
});

test('a worker may not open the editor pages', async ({ page }) => {
	await signInByRequest(page, 'worker');
	expect((await page.goto('/beroepscode/rondes'))?.status()).toBe(403);
	expect((await page.goto('/beroepscode/rondes/nieuw'))?.status()).toBe(403);
});
