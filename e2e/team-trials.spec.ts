import { expect, test, type Response } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { postResponse } from './fixtures/http';
import { createCaseByRequest } from './fixtures/network';
import { unique } from './fixtures/unique';

// Issue 16, seed 003: "Kies als team twee of drie instrumenten uit, probeer ze en evalueer", and what
// worked becomes a "wat werkt" story that colleagues find with a Dutch search. The demo worker is in
// Team Noord; the trial runs for one day (today), so its end day (the evaluation) is reached at once.

/**
 * The status of a refused form: the POST's own status without JavaScript; with it, use:enhance gets
 * a 200 whose JSON body carries the action's status.
 */
async function refusedStatus(r: Response): Promise<number> {
	if (!(r.headers()['content-type'] ?? '').includes('application/json')) return r.status();
	return ((await r.json()) as { status: number }).status;
}

test.beforeEach(async ({ page }) => {
	await signInByRequest(page, 'worker');
});

test('a trial from choice to evaluation, and its conclusion found as a story', async ({ page }, testInfo) => {
	test.slow();
	const own = `Koffiegesprek ${unique(testInfo)}`;

	await page.goto('/team/proeven');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proeven');
	await expectNoAxeViolations(page);

	// One instrument is not a trial: refused with a message, and what was typed stays.
	await page.getByLabel('Eigen instrument: naam (mag leeg blijven)').fill(own);
	const refused = await postResponse(page, '/team/proeven', () =>
		page.getByRole('button', { name: 'Proef starten' }).click()
	);
	expect(await refusedStatus(refused)).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Kies twee of drie instrumenten.');
	await expect(page.getByLabel('Eigen instrument: naam (mag leeg blijven)')).toHaveValue(own);

	await page.getByRole('checkbox', { name: 'Groslijst' }).check();
	const today = await page.getByLabel('Eerste dag').inputValue();
	await page.getByLabel('Laatste dag').fill(today);
	await page.getByRole('button', { name: 'Proef starten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proef van Team Noord');
	await expect(page.getByRole('main').getByText(`Groslijst · ${own}`)).toBeVisible();
	// The period names the last day once; beside it only the status.
	await expect(page.getByRole('main').getByText(/ tot en met .* · Loopt nu$/u)).toBeVisible();
	const trialPath = new URL(page.url()).pathname;

	await test.step('a use logged with one tap on the trial page', async () => {
		const card = page.locator('li.card').filter({ has: page.getByRole('heading', { name: own }) });
		await card.getByLabel('Korte notitie (mag leeg blijven)').fill('Fijn om mee te beginnen');
		// The same button is on every card: its description names the instrument.
		await expect(card.getByRole('button', { name: 'Ik heb het gebruikt' })).toHaveAccessibleDescription(own);
		await card.getByRole('button', { name: 'Ik heb het gebruikt' }).click();
		await expect(page.getByRole('status')).toContainText('Genoteerd. Dank je!');
		await expect(page.locator('li.card').filter({ has: page.getByRole('heading', { name: own }) })).toContainText(
			'1 keer gebruikt'
		);
		await expect(page.getByRole('main')).toContainText('Fijn om mee te beginnen');
	});

	await test.step('a use counted from the groslijst itself, without the casus in the log', async () => {
		const casePath = await createCaseByRequest(page, `P ${unique(testInfo)}`, ['buurvrouw Els']);
		await page.goto(casePath);
		await page.getByRole('button', { name: 'Alles opslaan' }).first().click();
		const offer = page.getByRole('region', { name: 'Telt dit mee voor de proef?' });
		await expect(offer).toBeVisible();
		// The demo's own trial may offer a button too: the one of this trial.
		await offer.locator(`form[action^="${trialPath}"]`).getByRole('button', { name: 'Telt mee voor de proef' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Geteld voor de proef' })).toBeVisible();
		expect(new URL(page.url()).pathname).toBe(casePath);
		await page.goto(trialPath);
		await expect(
			page.locator('li.card').filter({ has: page.getByRole('heading', { name: 'Groslijst' }) })
		).toContainText('1 keer gebruikt');
	});

	await test.step('the evaluation: per instrument, then the team sees results and the response rate', async () => {
		await expect(page.getByRole('heading', { name: 'Evaluatie' })).toBeVisible();
		const groslijst = page.getByRole('group', { name: 'Groslijst' });
		const mine = page.getByRole('group', { name: own, exact: true });
		// Without a choice for every instrument: refused, and the typed text stays.
		await groslijst.getByLabel('Wat werkte er?').fill('De inwoner zag zelf wie er om hem heen staat');
		const noKeep = await postResponse(page, trialPath, () =>
			page.getByRole('button', { name: 'Evaluatie opslaan' }).click()
		);
		expect(await refusedStatus(noKeep)).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Kies bij elk instrument: ja, misschien of nee.');
		await expect(groslijst.getByLabel('Wat werkte er?')).toHaveValue('De inwoner zag zelf wie er om hem heen staat');
		await groslijst.getByRole('radio', { name: 'Ja' }).check();
		await mine.getByRole('radio', { name: 'Misschien' }).check();
		await mine.getByLabel('Voor wie werkte het?').fill('Voor het team zelf');
		await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Je evaluatie is opgeslagen' })).toBeVisible();
		await expect(page.getByRole('main')).toContainText(/1 van \d+ teamleden hebben de evaluatie ingevuld\./);
		const results = page.getByRole('region', { name: 'Groslijst' });
		await expect(results).toContainText('Blijven gebruiken? Ja: 1. Misschien: 0. Nee: 0.');
		await expect(results).toContainText('De inwoner zag zelf wie er om hem heen staat');
		await expectNoAxeViolations(page);
	});

	const conclusion = `De groslijst houden we: inwoners voeren er betere gesprekken mee. ${own}`;
	await test.step('the team writes a conclusion and makes it a story', async () => {
		await page.getByLabel('Wat nemen jullie mee?').fill(conclusion);
		await page.getByRole('button', { name: 'Conclusie opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De conclusie is opgeslagen.' })).toBeVisible();
		await page.getByRole('button', { name: 'Maak er een wat-werkt-verhaal van' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat werkt');
		await expect(page.getByLabel('Je verhaal')).toHaveValue(conclusion);
		await page.getByLabel('Titel').fill(`Proef ${own}`);
		await page.getByRole('button', { name: 'Verhaal plaatsen' }).click();
		await expect(page.getByRole('status')).toContainText('Je verhaal staat nu in Wat werkt.');
		await expect(page.getByRole('main')).toContainText('Door een collega');
		await expect(page.getByRole('main')).toContainText('Uit een proef van een team');
	});

	expect(trialPath).toMatch(/^\/team\/proeven\/[0-9a-f-]{36}$/);
});

test('a story written and found by a Dutch search', async ({ page }, testInfo) => {
	const title = `Huisbezoek ${unique(testInfo)}`;
	await page.goto('/team/wat-werkt');
	await expectNoAxeViolations(page);

	// Empty: refused with a message, the title stays.
	await page.getByLabel('Titel').fill(title);
	const refused = await postResponse(page, '/team/wat-werkt', () =>
		page.getByRole('button', { name: 'Verhaal plaatsen' }).click()
	);
	expect(await refusedStatus(refused)).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Schrijf je verhaal.');
	await expect(page.getByLabel('Titel')).toHaveValue(title);

	await page.getByLabel('Je verhaal').fill('Ik hield de gesprekken aan de keukentafel, met de netwerkcirkel erbij.');
	await page.getByLabel("Thema's (mag leeg blijven)").fill('netwerk, huisbezoek');
	await page.getByLabel('Instrument (mag leeg blijven)').selectOption({ label: 'Netwerkcirkel' });
	await page.getByRole('checkbox', { name: 'Laat mijn naam zien bij dit verhaal' }).check();
	await page.getByRole('button', { name: 'Verhaal plaatsen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('main')).toContainText('Door Sanne de Vries');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Alle verhalen' }).click();
	await page.getByRole('searchbox', { name: 'Zoeken' }).fill('gesprek');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/[?&]q=gesprek/);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await page.getByRole('searchbox', { name: 'Zoeken' }).fill('werkdrukverlaging');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByRole('link', { name: title })).toHaveCount(0);
	await expect(page.getByRole('main')).toContainText('Geen verhalen gevonden.');

	// The writer changes and deletes their own story.
	await page.goto('/team/wat-werkt?q=gesprek');
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.getByLabel('Titel').fill(`${title} (aangepast)`);
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (aangepast)`);
	await page.getByRole('button', { name: 'Verhaal verwijderen' }).click();
	await expect(page.getByRole('status')).toContainText('Je verhaal is verwijderd.');
	await expect(page.getByRole('link', { name: `${title} (aangepast)` })).toHaveCount(0);
});

test("a trial's method is picked from the team's list, and links to its steps", async ({ page }) => {
	await page.goto('/team/proeven');
	await page.getByRole('checkbox', { name: 'Ecogram' }).check();
	await page.getByLabel('Intervisiemethode (mag leeg blijven)').selectOption({ label: 'Roddelmethode' });
	const today = await page.getByLabel('Eerste dag').inputValue();
	await page.getByLabel('Laatste dag').fill(today);
	await page.getByRole('button', { name: 'Proef starten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proef van Team Noord');
	await expect(page.getByRole('heading', { level: 3, name: 'Methode: Roddelmethode' }).first()).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Bekijk de stappen van Roddelmethode' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roddelmethode');
});

test('a new feedback request and a session ended with the tried method count for the trial from their own page', async ({
	page
}, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await page.goto('/team/proeven');
	await page.getByRole('checkbox', { name: 'Feedbackverzoek aan inwoners' }).check();
	await page.getByLabel('Intervisiemethode (mag leeg blijven)').selectOption({ label: 'Leersessie' });
	const today = await page.getByLabel('Eerste dag').inputValue();
	await page.getByLabel('Laatste dag').fill(today);
	await page.getByRole('button', { name: 'Proef starten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proef van Team Noord');
	const trialPath = new URL(page.url()).pathname;
	const card = (name: string) => page.locator('li.card').filter({ has: page.getByRole('heading', { name }) });

	/** The offer on the instrument's page: this trial's button, then back on that page with a thank-you. */
	async function countFromHere() {
		const here = new URL(page.url()).pathname;
		const offer = page.getByRole('region', { name: 'Telt dit mee voor de proef?' });
		await expect(offer).toBeVisible();
		await expectNoAxeViolations(page);
		await offer.locator(`form[action^="${trialPath}"]`).getByRole('button', { name: 'Telt mee voor de proef' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Geteld voor de proef' })).toBeVisible();
		expect(new URL(page.url()).pathname).toBe(here);
	}

	await test.step('a new feedback request', async () => {
		await page.goto('/feedback/verzoeken');
		await page.getByLabel('Waarvoor is deze link? (alleen voor jou)').fill(`Proef ${tag}`);
		await page.getByRole('button', { name: 'Link maken' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Proef ${tag}`);
		await countFromHere();
		// A later visit of the request offers nothing: it was one use.
		await page.goto(new URL(page.url()).pathname);
		await expect(page.getByRole('region', { name: 'Telt dit mee voor de proef?' })).toHaveCount(0);
	});

	await test.step('a learning session with the tried method, ended by its voorzitter', async () => {
		await page.goto('/team/sessies/nieuw');
		await page.getByRole('radio', { name: /^Leersessie \(ongeveer/u }).check();
		await page.getByLabel('Thema of korte titel').fill(`Proefsessie ${tag}`);
		await page.getByLabel('Voorzitter').selectOption({ label: 'Sanne de Vries (jij)' });
		await page.getByRole('checkbox', { name: 'Demo: Fatima' }).check();
		await page.getByRole('button', { name: 'Sessie plannen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`Proefsessie ${tag}`);
		await page.getByRole('button', { name: 'Sessie starten' }).click();
		await expect(page.getByTestId('phase-status')).toContainText('Fase 1 van');
		await page.getByRole('button', { name: 'Sessie afronden' }).click();
		await expect(page.getByTestId('phase-status')).toContainText('De sessie is afgelopen');
		await countFromHere();
	});

	await page.goto(trialPath);
	await expect(card('Feedbackverzoek aan inwoners')).toContainText('1 keer gebruikt');
	await expect(card('Methode: Leersessie')).toContainText('1 keer gebruikt');
});
