import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

// Issue 17, first increment: the professional code. The demo organisation has the sample code written
// for this project; every member reads it, follows deep links to articles and searches it in Dutch.

test('read the sample code, follow a deep link to an article, and search it', async ({ page }) => {
	await signInByRequest(page, 'worker');
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beroepscode' }).click();
	await expect(page).toHaveURL(/\/beroepscode$/);

	await test.step('the whole code: marked as a sample, with kernwaarden, contents and begrippen', async () => {
		await expect(
			page.getByRole('heading', { level: 1, name: 'Voorbeeld-beroepscode voor sociaal werkers' })
		).toBeVisible();
		await expect(page.getByRole('status')).toContainText('Voorbeeld, niet de echte beroepscode');
		const values = page.getByRole('region', { name: 'Kernwaarden' });
		await expect(values.getByRole('heading', { level: 3 })).toHaveText([
			'Respect voor menselijke waardigheid en autonomie',
			'Betrokkenheid en bereidheid om mensen bij te staan',
			'Sociale rechtvaardigheid en mensenrechten',
			'Deskundigheid en zorgvuldigheid',
			'Betrouwbaarheid en integriteit'
		]);
		const contents = page.getByRole('navigation', { name: 'Inhoud' });
		await expect(contents.getByRole('link', { name: /^Hoofdstuk \d\./ })).toHaveCount(7);
		await expect(contents.getByRole('link', { name: /^Artikel / })).toHaveCount(29);
		await expect(page.getByRole('region', { name: 'Begrippenlijst' }).getByText('Intervisie')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	await test.step('on paper: the search and the contents are left out', async () => {
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Zoek in de beroepscode')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Inhoud' })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Artikel 2.1.3 Luisteren' })).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
	});

	await test.step('a deep link to an article, and on to the next', async () => {
		await page.getByRole('link', { name: 'Open artikel 2.1.3 apart' }).click();
		// Another test may have added a second code to the demo organisation: then links name the code.
		await expect(page).toHaveURL(/\/beroepscode\/artikel\/2\.1\.3(\?code=[0-9a-f-]{36})?$/u);
		await expect(page.getByRole('heading', { level: 1, name: 'Artikel 2.1.3 Luisteren' })).toBeVisible();
		await expect(page.getByText('Uit: Hoofdstuk 2. De inwoner centraal · § 1. Respect')).toBeVisible();
		await expect(page.getByText('Je neemt de tijd om te horen wat iemand echt bedoelt.')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Volgend artikel: 2.2.1' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Artikel 2.2.1 Duidelijke informatie' })).toBeVisible();
		await page.getByRole('link', { name: 'Naar de hele beroepscode' }).click();
		await expect(page).toHaveURL(/\/beroepscode(\?code=[0-9a-f-]{36})?#artikel-2\.2\.1$/u);
		const missing = await page.goto('/beroepscode/artikel/99.9');
		expect(missing?.status()).toBe(404);
	});

	await test.step('search in Dutch: the singular finds the plural', async () => {
		await page.goto('/beroepscode');
		await page.getByLabel('Zoek in de beroepscode').fill('afspraak');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL(/\?(code=[0-9a-f-]{36}&)?q=afspraak$/u);
		const results = page.getByRole('region', { name: 'Gevonden voor “afspraak”: 1' });
		await expect(results).toBeVisible();
		await expect(results.locator('mark')).toHaveText(['afspraken']);
		await expectNoAxeViolations(page);
		await results.getByRole('link', { name: 'Artikel 6.1 Afspraak is afspraak' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Artikel 6.1 Afspraak is afspraak' })).toBeVisible();

		await page.goto('/beroepscode?q=zeppelin');
		await expect(
			page.getByRole('heading', { name: 'Niets gevonden voor “zeppelin”. Probeer een ander woord.' })
		).toBeVisible();
		await expect(page.getByLabel('Zoek in de beroepscode')).toHaveValue('zeppelin');
	});
});
