import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';
import { unique } from './fixtures/unique';

// Issue 16, team guides (handreikingen): written together in sections, each with its provenance;
// "publiceren" makes a version with a change note, a minor edit does not; any two versions compare
// word by word, on the server, readable without JavaScript.

const part = (page: Page, n: number) => page.getByRole('group', { name: `Deel ${n}`, exact: true });

async function fillPart(page: Page, n: number, fields: { heading?: string; body?: string; own?: string }) {
	const p = part(page, n);
	if (fields.heading !== undefined) await p.getByLabel('Kop').fill(fields.heading);
	if (fields.body !== undefined) await p.getByLabel('Tekst').fill(fields.body);
	if (fields.own !== undefined) {
		await p.getByLabel('Waar komt dit deel vandaan?').selectOption({ label: 'Eigen inzicht' });
		await p.getByLabel('Toelichting').fill(fields.own);
	}
}

async function publish(page: Page, note: string, minor = false) {
	await page.getByLabel('Wat is er veranderd?').fill(note);
	if (minor) await page.getByLabel('Kleine wijziging, bijvoorbeeld een tikfout').check();
	await page.getByRole('button', { name: 'Publiceren' }).click();
}

test('a guide from draft to a second version, a minor edit, and a comparison of the two', async ({
	page
}, testInfo) => {
	test.slow();
	await signInByRequest(page, 'worker');
	const title = `Vragen ${unique(testInfo)}`;
	await page.goto('/team/handreikingen');
	await page.getByLabel('Titel').fill(title);
	await page.getByRole('button', { name: 'Handreiking maken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${title} bewerken` })).toBeVisible();

	await test.step('publishing is refused while a part has no provenance; nothing typed is lost', async () => {
		await fillPart(page, 1, { heading: 'Beginnen', body: 'Vraag wat er goed gaat.' });
		await publish(page, 'Eerste versie');
		await expect(page.getByRole('alert')).toContainText("Bij 'Beginnen' staat niet waar het vandaan komt");
		await expect(part(page, 1).getByLabel('Kop')).toHaveValue('Beginnen');
		await expect(part(page, 1).getByLabel('Tekst')).toHaveValue('Vraag wat er goed gaat.');
		await expect(part(page, 1).getByLabel('Waar komt dit deel vandaan?')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Wat is er veranderd?')).toHaveValue('Eerste versie');
		await expectNoAxeViolations(page);
	});

	await test.step('version 1: two parts, each with where it comes from', async () => {
		await fillPart(page, 1, { own: 'Uit de leersessie over werkdruk' });
		await page.getByRole('button', { name: 'Deel toevoegen' }).click();
		await expect(part(page, 2)).toBeVisible();
		await expect(part(page, 1).getByLabel('Toelichting')).toHaveValue('Uit de leersessie over werkdruk');
		await fillPart(page, 2, {
			heading: 'Over geld',
			body: '- Lukt het om de rekeningen te betalen?',
			own: 'Tweede leersessie'
		});
		await publish(page, 'Eerste versie');
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByRole('status')).toContainText('De nieuwe versie staat klaar');
		await expect(page.getByText(/versie 1 van/)).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Lukt het om de rekeningen te betalen?' })).toBeVisible();
		await expect(page.getByText('Eigen inzicht — Uit de leersessie over werkdruk')).toBeVisible();
	});

	await test.step('version 2: a changed text and a part moved up', async () => {
		await page.getByRole('link', { name: 'Concept bewerken' }).click();
		await fillPart(page, 1, { body: 'Vraag eerst wat er goed gaat.' });
		await page.getByRole('button', { name: 'Deel 2 omhoog' }).click();
		await expect(part(page, 1).getByLabel('Kop')).toHaveValue('Over geld');
		await expect(part(page, 2).getByLabel('Tekst')).toHaveValue('Vraag eerst wat er goed gaat.');
		await publish(page, 'Geld eerst');
		await expect(page.getByText(/versie 2 van/)).toBeVisible();
	});

	await test.step('a minor edit makes no new version and shows in the history', async () => {
		await page.getByRole('link', { name: 'Concept bewerken' }).click();
		await fillPart(page, 1, { heading: 'Over geld praten' });
		await publish(page, 'Kop iets langer', true);
		await expect(page.getByRole('status')).toContainText('De kleine wijziging staat in de huidige versie');
		await expect(page.getByText(/versie 2 van/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Over geld praten' })).toBeVisible();
		const history = page.locator('ol.history > li');
		await expect(history).toHaveCount(2);
		await expect(history.first()).toContainText('Kleine wijziging op');
		await expect(history.first()).toContainText('Kop iets langer');
		// "Versie 2 · <date>, <time> · <name>": a space on both sides of each dot.
		await expect(history.first().locator('p').first()).toHaveText(/^Versie 2 · \d.* \d\d:\d\d · \S/u);
		await expectNoAxeViolations(page);
	});

	await test.step('compare version 1 with version 2, word by word', async () => {
		await page.getByLabel('Van').selectOption({ label: 'Versie 1' });
		await page.getByLabel('Naar').selectOption({ label: 'Versie 2' });
		await page.getByRole('button', { name: 'Vergelijken' }).click();
		await expect(page).toHaveURL(/\/vergelijk\?van=1&naar=2$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Versie 1 en Versie 2 vergeleken' })).toBeVisible();
		const begin = page.getByRole('region', { name: 'Beginnen' });
		await expect(begin.locator('ins')).toHaveText('toegevoegd: eerst (einde)');
		await expect(begin).toContainText('Veranderd');
		// Deel 2 went up: one of the two parts has a new place.
		await expect(page.getByText('Verplaatst', { exact: true })).toHaveCount(1);
		const money = page.getByRole('region', { name: /^Over geld/ });
		await expect(money.locator('ins')).toHaveText('toegevoegd: praten (einde)');
		await expectNoAxeViolations(page);
	});

	await page.goto('/team/handreikingen');
	await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Versie 2');
});

test('the demo guide opens for its team only; its PDF is a download @once', async ({ browser }) => {
	const path = demo().team?.guide;
	expect(path, 'team.guide in demo.json').toBeTruthy();
	for (const [role, status] of [
		['coach', 200],
		['worker', 200],
		['facilitator', 404],
		['admin', 404]
	] as const) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await signInByRequest(page, role);
		for (const url of [path!, `${path}/bewerken`, `${path}/vergelijk?van=1&naar=2`, `${path}/handreiking.pdf`]) {
			const r = await page.request.get(url, { maxRedirects: 0 });
			expect(r.status(), `${role} ${url}`).toBe(status);
			if (status === 200 && url.endsWith('.pdf')) {
				expect(r.headers()['content-type']).toBe('application/pdf');
				expect((await r.body()).subarray(0, 5).toString()).toBe('%PDF-');
			}
		}
		if (status === 200) {
			// Without two versions chosen, the compare address leads to the guide, where you choose them.
			const bare = await page.request.get(`${path}/vergelijk`, { maxRedirects: 0 });
			expect(bare.status(), `${role} vergelijk`).toBe(303);
			expect(bare.headers().location).toBe(`${path}#geschiedenis`);
		} else expect((await page.request.get(`${path}/vergelijk`, { maxRedirects: 0 })).status()).toBe(404);
		await context.close();
	}
});
