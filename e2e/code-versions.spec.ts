import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

// Issue 17: an editor uploads a code as Markdown, sees what was found, gets the parser's error with
// its line number for a bad file, confirms a renumbered article, publishes, and compares two
// versions word by word (ins/del with labels for screen readers), with JavaScript on and off.

const code = (title: string, moved: string, care: string) => `# ${title}

Een korte code om mee te testen.

## Kernwaarden

### Kernwaarde 1. Zorgvuldigheid

Je werkt precies.

### Hoofdstuk 1. Samen werken

##### Artikel 1.1. Luisteren

Je luistert naar wat iemand echt bedoelt, ook als dat tijd kost.

##### Artikel ${moved}. Eerlijk zijn

Je bent eerlijk over wat je wel en niet kunt doen, en je legt uit waarom dat zo is.

##### Artikel 1.4. Zorgen voor jezelf

${care}

## Begrippenlijst

- **Inwoner**: iemand die in de gemeente woont.
`;

async function upload(page: Page, file: { name: string; text: string }, options: { title?: string; next?: string }) {
	await page.getByLabel('Markdown-bestand').setInputFiles({
		name: file.name,
		mimeType: 'text/markdown',
		buffer: Buffer.from(file.text, 'utf8')
	});
	if (options.next)
		await page.getByLabel('Voor welke code?').selectOption({ label: `Nieuwe versie van: ${options.next}` });
	if (options.title) await page.getByLabel('Titel van de nieuwe code (mag leeg blijven)').fill(options.title);
	await page.getByRole('button', { name: 'Inlezen' }).click();
}

test('upload, confirm a renumbered article, publish, and compare two versions', async ({ page }, testInfo) => {
	test.slow();
	await signInByRequest(page, 'admin');
	const title = `Testcode ${unique(testInfo)}`;
	const v1 = code(title, '1.2', 'Je let op je eigen grenzen.');
	const v2 = code(title, '1.3', 'Je let goed op je eigen grenzen.');

	await test.step('a malformed file: the error with its line number, a 400, nothing stored, the title kept', async () => {
		await page.goto('/beroepscode/beheer');
		await expect(page.getByRole('heading', { level: 1, name: 'Beroepscode beheren' })).toBeVisible();
		await expectNoAxeViolations(page);
		const bad = v1.replace('##### Artikel 1.1. Luisteren', '###### Artikel 1.1. Luisteren');
		const response = await postResponse(page, '/beroepscode/beheer', () =>
			upload(page, { name: 'fout.md', text: bad }, { title })
		);
		// Without JavaScript the page itself comes back as a 400; with it, the enhanced form reads the failure.
		if (!testInfo.project.use.javaScriptEnabled) expect(response.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Regel 13: deze kop kennen we niet');
		await expect(page.getByLabel('Titel van de nieuwe code (mag leeg blijven)')).toHaveValue(title);
		await expect(page.getByRole('heading', { level: 2, name: title })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	await test.step('version 1: what was found, then published', async () => {
		await upload(page, { name: 'code.md', text: v1 }, { title });
		await expect(page).toHaveURL(/\/beroepscode\/beheer\/versie\/[0-9a-f-]{36}\?ingelezen=1$/);
		await expect(page.getByRole('heading', { level: 1, name: `${title}: versie 1` })).toBeVisible();
		await expect(page.getByRole('status')).toContainText('Het bestand is ingelezen als versie 1');
		const found = page.getByRole('region', { name: 'Wat we vonden' });
		await expect(found).toContainText('Hoofdstuk 1. Samen werken: 3 artikelen');
		await expect(found.getByRole('definition')).toHaveText(['1', '3', '1: Zorgvuldigheid', '1: Inwoner']);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Publiceer versie 1' }).click();
		await expect(page.getByText(/Gepubliceerd op .*Deze versie verandert niet meer\./)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Publiceer versie 1' })).toHaveCount(0);
	});

	await test.step('version 2: the renumbered article must be confirmed before publishing', async () => {
		await page.goto('/beroepscode/beheer');
		await upload(page, { name: 'code-2.md', text: v2 }, { next: title });
		await expect(page.getByRole('heading', { level: 1, name: `${title}: versie 2` })).toBeVisible();
		await expect(page.getByText('Artikel 1.3 lijkt op artikel 1.2 uit versie 1')).toBeVisible();
		await expect(page.getByText('Nog niet bevestigd')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Publiceren' })).toContainText(
			'Bevestig of artikel 1.3 hetzelfde is als artikel 1.2.'
		);
		await page.getByRole('button', { name: 'Publiceer versie 2' }).click();
		await expect(page.getByRole('alert')).toContainText('Je kunt deze versie nog niet publiceren.');
		await expectNoAxeViolations(page);
		await page
			.getByRole('group', { name: 'Is artikel 1.3 hetzelfde als artikel 1.2?' })
			.getByRole('button', { name: 'Ja, hetzelfde artikel' })
			.click();
		await expect(page.getByText('Bevestigd: hetzelfde artikel')).toBeVisible();
		await page.getByRole('button', { name: 'Publiceer versie 2' }).click();
		await expect(page.getByText(/Gepubliceerd op /)).toBeVisible();
	});

	await test.step('compare: the article keeps its place ("was artikel 1.2"), words in ins and del', async () => {
		await page.getByRole('link', { name: 'Versies vergelijken' }).click();
		await expect(page).toHaveURL(/\/beroepscode\/vergelijk\?code=[0-9a-f-]{36}&van=1&naar=2$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Versie 1 en versie 2 vergelijken' })).toBeVisible();
		await expect(page.getByText('1 gewijzigd, 0 nieuw, 0 vervallen')).toBeVisible();
		const moved = page.getByRole('region', { name: /^Artikel 1\.3 Eerlijk zijn/ });
		await expect(moved).toContainText('(was artikel 1.2)');
		const changed = page.getByRole('region', { name: /^Artikel 1\.4 Zorgen voor jezelf/ });
		await expect(changed).toContainText('Gewijzigd');
		await expect(changed.locator('ins')).toHaveText('toegevoegd: goed (einde)');
		await expect(changed.locator('del')).toHaveCount(0);
		await expect(page.getByText('Artikelen die niet veranderd zijn: 1')).toBeVisible();
		await expectNoAxeViolations(page);

		// The other way round, through the form: "goed" is removed.
		await page.getByLabel('Oude versie').selectOption('2');
		await page.getByLabel('Nieuwe versie').selectOption('1');
		await page.getByRole('button', { name: 'Vergelijken' }).click();
		await expect(page).toHaveURL(/van=2&naar=1$/);
		await expect(page.getByRole('region', { name: /^Artikel 1\.4/ }).locator('del')).toHaveText(
			'verwijderd: goed (einde)'
		);
		const bad = await page.request.get('/beroepscode/vergelijk?van=een&naar=2');
		expect(bad.status()).toBe(400);
	});
});

test('a worker cannot manage the code', async ({ page }) => {
	await signInByRequest(page, 'worker');
	const response = await page.goto('/beroepscode/beheer');
	expect(response?.status()).toBe(403);
});
