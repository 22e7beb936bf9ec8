import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';
import { unique } from './fixtures/unique';

// Issue 19, the plan: a learning goal in the worker's own words, tied to a theme of their mirror, with
// how residents' released scores moved; shared with a coach, seen by the coach read-only, and taken
// back. Every flow runs with JavaScript on and off (the js-on and js-off projects).

/** Makes a goal through the form; returns its path. */
async function newGoal(page: Page, title: string, topic?: string): Promise<string> {
	await page.goto('/ontwikkeling');
	await page.getByRole('link', { name: 'Nieuw leerdoel' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw leerdoel' })).toBeVisible();
	await page.getByLabel('Je doel, in je eigen woorden').fill(title);
	await page.getByLabel('Waarom dit doel? Hoe merk je dat het lukt?').fill('Inwoners moeten op me kunnen rekenen.');
	if (topic) await page.getByLabel('Over welk onderwerp uit je feedback gaat dit doel?').selectOption({ label: topic });
	await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
	await expect(page).toHaveURL(/\/ontwikkeling\/doelen\/[0-9a-f-]{36}\?nieuw=1$/u);
	await expect(page.getByRole('status').filter({ hasText: 'Je leerdoel is opgeslagen.' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).pathname;
}

async function deleteGoal(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.getByLabel('Ja, ik wil dit leerdoel verwijderen').check();
	await page.getByRole('button', { name: 'Leerdoel verwijderen' }).click();
	await expect(page).toHaveURL(/\/ontwikkeling\?verwijderd=1$/u);
	await expect(page.getByRole('status').filter({ hasText: 'Je leerdoel is verwijderd.' })).toBeVisible();
}

test('a goal tied to a mirror theme shows the theme and how residents’ scores moved', async ({ page }) => {
	const title = `Afspraken op papier (${unique(test.info())})`;
	await signInByRequest(page, 'worker');

	await test.step('the plan lists the demo goals, links the other parts, and passes axe', async () => {
		await page.goto('/ontwikkeling');
		await expect(page.getByRole('heading', { level: 1, name: 'Mijn ontwikkelplan' })).toBeVisible();
		const parts = page.getByRole('navigation', { name: 'Onderdelen van je ontwikkeling' });
		for (const [name, href] of [
			['Logboek', '/ontwikkeling/logboek'],
			['Voortgang', '/ontwikkeling/voortgang'],
			['Exporteren', '/ontwikkeling/export']
		]) {
			await expect(parts.getByRole('link', { name })).toHaveAttribute('href', href);
		}
		const goal = demo().portfolio?.goal ?? 'Ik kom mijn afspraken na, ook als het druk is';
		await expect(page.getByRole('link', { name: goal })).toBeVisible();
		// The demo's second goal is past its day to look back: it says so in words.
		await expect(page.getByText(/^Tijd om terug te kijken: dat was op /u)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	const path = await test.step('the worker writes a goal about "Afspraken nakomen"', async () => {
		const made = await newGoal(page, title, 'Afspraken nakomen');
		await expect(page.getByText('Gaat over: Afspraken nakomen')).toBeVisible();
		await expectNoAxeViolations(page);
		return made;
	});

	await test.step('the goal page shows the movement: everything released so far lies before the goal', async () => {
		const movement = page.getByRole('region', { name: 'Hoe de scores van inwoners bewogen' });
		await expect(movement).toContainText('Onderwerp: Afspraken nakomen');
		await expect(movement.getByRole('definition').first()).toContainText(
			/gemiddeld \d,\d \(antwoorden: \d+, groepen: \d+\)/u
		);
		await expect(movement.getByRole('definition').nth(1)).toHaveText('nog geen reacties');
		await expect(movement).toContainText('Sinds het doel zijn er nog geen nieuwe groepen reacties.');
	});

	await test.step('the worker ties the mirror theme and an article of the code as evidence', async () => {
		const evidence = page.getByRole('region', { name: 'Bewijs' });
		await expect(evidence).toContainText('Nog geen bewijs gekoppeld.');
		for (const label of ['Afspraken nakomen', '6.1 Afspraak is afspraak']) {
			await page.getByLabel('Kies bewijs').selectOption({ label });
			await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Het bewijs is gekoppeld.' })).toBeVisible();
		}
		await expect(evidence.getByRole('listitem')).toHaveCount(2);
		await expect(evidence.getByRole('listitem').first()).toContainText('Onderwerp uit je feedback');
		await expect(evidence.getByRole('link', { name: 'Afspraken nakomen' })).toHaveAttribute(
			'href',
			'/feedback#per-onderwerp'
		);
		await expect(evidence.getByRole('link', { name: '6.1 Afspraak is afspraak' })).toHaveAttribute(
			'href',
			/^\/beroepscode\/artikel\/6\.1\?code=/u
		);
		await evidence.getByRole('button', { name: /^Loskoppelen: Artikel uit de beroepscode/u }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Het bewijs is losgekoppeld.' })).toBeVisible();
		await expect(evidence.getByRole('listitem')).toHaveCount(1);
		await expectNoAxeViolations(page);
	});

	await test.step('the demo goal, set mid-year, shows released scores before and since, in words', async () => {
		await page.goto('/ontwikkeling');
		await page
			.getByRole('link', { name: demo().portfolio?.goal ?? 'Ik kom mijn afspraken na, ook als het druk is' })
			.click();
		const movement = page.getByRole('region', { name: 'Hoe de scores van inwoners bewogen' });
		await expect(movement.getByRole('definition').nth(0)).toContainText(/gemiddeld \d,\d/u);
		await expect(movement.getByRole('definition').nth(1)).toContainText(/gemiddeld \d,\d/u);
		await expect(movement).toContainText(/Inwoners geven nu een (lager|hoger) cijfer|ongeveer gelijk/u);
		await expect(page.getByRole('region', { name: 'Bewijs' })).toContainText('Citaat van een inwoner');
	});

	await test.step('the worker deletes the goal after ticking the box', async () => {
		await deleteGoal(page, path);
		await expect(page.getByRole('link', { name: title })).toHaveCount(0);
	});
});

test('a goal shared with a coach: the coach sees it read-only, and no more once it is taken back', async ({
	page,
	browser
}) => {
	const title = `Eerst luisteren (${unique(test.info())})`;
	await signInByRequest(page, 'worker');
	const path = await newGoal(page, title, 'Ruimte voor eigen oplossingen');
	const coachContext = await browser.newContext();
	const coach = await coachContext.newPage();
	await signInByRequest(coach, 'coach');

	try {
		await test.step('before sharing, the page says who sees it and what a coach would see', async () => {
			const share = page.getByRole('region', { name: 'Wie ziet dit?' });
			await expect(share).toContainText('Alleen jij ziet dit leerdoel.');
			await expect(share).toContainText('Wat ziet je coach? Je coach ziet alleen dit leerdoel');
			await coach.goto('/ontwikkeling/gedeeld');
			await expect(coach.getByRole('heading', { level: 1, name: 'Gedeeld met mij' })).toBeVisible();
			await expect(coach.getByText(title)).toHaveCount(0);
		});

		await test.step('the worker shares the goal with the coach', async () => {
			await page.getByLabel('Kies een coach').selectOption({ label: 'Ahmed Bakker' });
			await page.getByRole('button', { name: 'Dit doel delen' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Gedeeld. Je coach ziet het nu.' })).toBeVisible();
			await expect(page.getByRole('region', { name: 'Wie ziet dit?' })).toContainText(
				'Ahmed Bakker ziet dit leerdoel.'
			);
		});

		await test.step('the coach sees exactly that goal, read-only, and cannot open the worker’s page', async () => {
			await coach.goto('/ontwikkeling/gedeeld');
			const worker = coach.getByRole('region', { name: 'Sanne de Vries' });
			const goal = worker.getByRole('article', { name: title });
			await expect(goal).toBeVisible();
			await expect(goal).toContainText('Gaat over: Ruimte voor eigen oplossingen');
			await expect(goal.getByRole('region', { name: 'Hoe de scores van inwoners bewogen' })).toBeVisible();
			await expect(goal.getByRole('button')).toHaveCount(0);
			await expectNoAxeViolations(coach);
			expect((await coach.request.get(path, { maxRedirects: 0 })).status()).toBe(404);
		});

		await test.step('the worker takes it back; the coach no longer sees it', async () => {
			await page.getByRole('button', { name: 'Terugnemen van Ahmed Bakker' }).click();
			await expect(
				page.getByRole('status').filter({ hasText: 'Teruggenomen. Je coach ziet het niet meer.' })
			).toBeVisible();
			await expect(page.getByRole('region', { name: 'Wie ziet dit?' })).toContainText('Alleen jij ziet dit leerdoel.');
			await coach.goto('/ontwikkeling/gedeeld');
			await expect(coach.getByRole('heading', { level: 1, name: 'Gedeeld met mij' })).toBeVisible();
			await expect(coach.getByText(title)).toHaveCount(0);
		});

		await test.step('a member who is neither worker nor coach gets a clear page', async () => {
			const other = await browser.newContext();
			const facilitator = await other.newPage();
			await signInByRequest(facilitator, 'facilitator');
			await facilitator.goto('/ontwikkeling');
			await expect(facilitator.getByRole('heading', { level: 1, name: 'Mijn ontwikkelplan' })).toBeVisible();
			await expect(facilitator.getByRole('status')).toContainText('geen rol als sociaal werker of coach');
			await expectNoAxeViolations(facilitator);
			await other.close();
		});
	} finally {
		await coachContext.close();
	}
	await deleteGoal(page, path);
});
