import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { createCaseByRequest, dragInCircle, NEIGHBOURS_RING_2, textVersionSector } from './fixtures/network';
import { unique } from './fixtures/unique';

// Issue 14, items 1 and 2: no change a worker made is lost, and a save keeps the place on the page.
// With JavaScript every card saves itself (a status per card, a warning before leaving while
// something is not saved); without it every button saves every card and comes back at its card.

const jsOn = () => test.info().project.use.javaScriptEnabled !== false;
const NAMES = ['Oma', 'Trainer', 'Buurman', 'Juf', 'Tante', 'Huisarts', 'Neef', 'Vriendin'];

test.beforeEach(async ({ page }) => {
	await signInByRequest(page, 'worker');
});

const card = (page: Page, name: string) =>
	page.locator('li.card').filter({ has: page.getByRole('group', { name, exact: true }) });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
/** Where an element is on the screen: the same after a save when the place is kept. */
const screenY = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;

test('ecogram: two cards changed, one saved, both kept; the place is kept', async ({ page }, testInfo) => {
	test.slow();
	const label = `K ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, NAMES);
	await page.goto(`${path}/ecogram`);
	const oma = card(page, 'Oma');
	const trainer = card(page, 'Trainer');
	await oma.getByLabel('Relatie').selectOption({ label: 'Zwak' });
	await trainer.getByLabel('Energie van Trainer').selectOption({ label: 'Geeft' });
	await trainer.getByLabel('Praktisch').check();

	if (jsOn()) {
		// Nothing pressed: both cards save themselves and say so.
		await expect(oma.locator('.save-state')).toHaveText('Opgeslagen');
		await expect(trainer.locator('.save-state')).toHaveText('Opgeslagen');
		await expect(textVersionSector(page, 'Nog niet geplaatst')).toContainText('Trainer — Geeft · Praktisch');
	} else {
		// "Opslaan" in Oma's card saves Trainer's card too, and comes back at Oma's card.
		await oma.getByRole('button', { name: 'Opslaan Oma' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		const omaId = (await oma.getAttribute('id'))!;
		expect(new URL(page.url()).hash).toBe(`#${omaId}`);
		await expect(oma.locator('.save-state')).toHaveText('Opgeslagen');
	}
	await page.goto(`${path}/ecogram`);
	await expect(oma.getByLabel('Relatie')).toHaveValue('weak');
	await expect(trainer.getByLabel('Energie van Trainer')).toHaveValue('gives');
	await expect(trainer.getByLabel('Praktisch')).toBeChecked();
	await expectNoAxeViolations(page);

	await test.step('a save at card 7 keeps the place', async () => {
		const neef = card(page, 'Neef');
		await neef.getByLabel('Relatie').selectOption({ label: 'Sterk' });
		await neef.getByRole('button', { name: 'Opslaan Neef' }).scrollIntoViewIfNeeded();
		const before = await scrollY(page);
		expect(before).toBeGreaterThan(200);
		const onScreen = await screenY(neef);
		await neef.getByRole('button', { name: 'Opslaan Neef' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		await expect(neef.locator('.save-state')).toHaveText('Opgeslagen');
		if (jsOn()) {
			// Not back at the top: the card is where it was on the screen (the notice above pushes the page down).
			expect(await scrollY(page)).toBeGreaterThanOrEqual(before);
			expect(Math.abs((await screenY(neef)) - onScreen)).toBeLessThan(5);
		} else expect(new URL(page.url()).hash).toBe(`#${await neef.getAttribute('id')}`);
		await expect(neef.getByLabel('Relatie')).toHaveValue('strong');
	});

	await test.step('a tie added keeps a change made in a card', async () => {
		await card(page, 'Juf').getByLabel('Relatie').selectOption({ label: 'Belastend' });
		await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Oma' });
		await page.getByLabel('en persoon').selectOption({ label: 'Juf' });
		await page.locator('.tie-form').getByLabel('Relatie').selectOption({ label: 'Sterk' });
		await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
		await expect(page.getByRole('main')).toContainText('Oma en Juf: Sterk');
		await page.goto(`${path}/ecogram`);
		await expect(card(page, 'Juf').getByLabel('Relatie')).toHaveValue('stressful');
	});
});

/** A groslijst row by the name it has now: its name and remark fields and the row itself, by id. */
async function groslijstRow(page: Page, name: string) {
	const field = page.getByLabel(`Naam van ${name}`, { exact: true });
	const id = (await field.getAttribute('id'))!.replace('veld-name-', '');
	return {
		row: page.locator(`#persoon-${id}`),
		name: page.locator(`#veld-name-${id}`),
		remark: page.locator(`#veld-remark-${id}`)
	};
}

test('groslijst: two rows changed, one saved, both kept; adding, deleting and a refusal keep every row', async ({
	page
}, testInfo) => {
	test.slow();
	const label = `L ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, NAMES);
	await page.goto(path);
	const oma = await groslijstRow(page, 'Oma');
	const trainer = await groslijstRow(page, 'Trainer');
	await oma.remark.fill('kookt op zondag');
	await trainer.name.fill('Trainer Ali');
	if (jsOn()) {
		// Nothing pressed: both rows save themselves and say so.
		await expect(oma.row.locator('.save-state')).toHaveText('Opgeslagen');
		await expect(trainer.row.locator('.save-state')).toHaveText('Opgeslagen');
	} else {
		// "Opslaan" in Oma's row saves Trainer's row too, and comes back at Oma's row.
		await page.getByRole('button', { name: 'Opslaan Oma' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		expect(new URL(page.url()).hash).toBe(`#${await oma.row.getAttribute('id')}`);
		await expect(oma.row.locator('.save-state')).toHaveText('Opgeslagen');
	}
	await page.goto(path);
	await expect(oma.remark).toHaveValue('kookt op zondag');
	await expect(trainer.name).toHaveValue('Trainer Ali');
	await expectNoAxeViolations(page);

	await test.step('a save at row 7 keeps the place', async () => {
		const neef = await groslijstRow(page, 'Neef');
		await neef.remark.fill('komt in de vakantie');
		const button = page.getByRole('button', { name: 'Opslaan Neef' });
		await button.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, 300));
		const before = await scrollY(page);
		expect(before).toBeGreaterThan(200);
		const onScreen = await screenY(neef.row);
		await button.click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		await expect(neef.row.locator('.save-state')).toHaveText('Opgeslagen');
		if (jsOn()) expect(Math.abs((await screenY(neef.row)) - onScreen)).toBeLessThan(5);
		else expect(new URL(page.url()).hash).toBe(`#${await neef.row.getAttribute('id')}`);
		await expect(neef.remark).toHaveValue('komt in de vakantie');
	});

	await test.step('adding a name keeps a row typed but not saved yet', async () => {
		// With JavaScript the row would save itself: the connection to that save is cut, so only
		// "Naam toevoegen" can keep it.
		if (jsOn()) await page.route(/\?\/edit$/, (route) => route.abort());
		const juf = await groslijstRow(page, 'Juf');
		await juf.name.fill('Juf Sanne');
		await page.getByLabel('Naam', { exact: true }).fill('Opa');
		await page.getByRole('button', { name: 'Naam toevoegen' }).click();
		await expect(page.getByRole('heading', { name: 'Namen (9)' })).toBeVisible();
		if (jsOn()) {
			await expect(juf.row.locator('.save-state')).toHaveText('Opgeslagen');
			await page.unroute(/\?\/edit$/);
		}
		await page.goto(path);
		await expect(juf.name).toHaveValue('Juf Sanne');
		await expect(page.getByLabel('Naam van Opa', { exact: true })).toBeVisible();
	});

	await test.step('a refusal keeps every row as typed; deleting a name keeps the others', async () => {
		const tante = await groslijstRow(page, 'Tante');
		const huisarts = await groslijstRow(page, 'Huisarts');
		await tante.name.fill('');
		await huisarts.remark.fill('ma en do');
		await page.getByRole('button', { name: 'Alles opslaan' }).click();
		await expect(page.getByRole('alert')).toContainText('Vul een naam in');
		await expect(tante.name).toHaveAttribute('aria-invalid', 'true');
		await expect(tante.name).toHaveValue('');
		await expect(huisarts.remark).toHaveValue('ma en do');
		await expectNoAxeViolations(page);
		await tante.name.fill('Tante Mies');
		await page.getByRole('button', { name: 'Verwijderen Vriendin' }).click();
		await expect(page.getByRole('status')).toContainText('De naam is verwijderd.');
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'Namen (8)' })).toBeVisible();
		await expect(tante.name).toHaveValue('Tante Mies');
		await expect(huisarts.remark).toHaveValue('ma en do');
	});
});

test('ecogram with JavaScript: a change that could not be saved says so and warns before leaving', async ({
	page
}, testInfo) => {
	test.skip(!jsOn(), 'the status and the warning need JavaScript; without it every button saves every card');
	const label = `W ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma', 'Trainer']);
	await page.goto(`${path}/ecogram`);
	// The connection drops: the autosave fails, the card says so.
	await page.route(/\?\/relation$/, (route) => route.abort());
	const oma = card(page, 'Oma');
	await oma.getByLabel('Relatie').selectOption({ label: 'Zwak' });
	await expect(oma.locator('.save-state')).toContainText('Niet opgeslagen');
	// Leaving now would lose it: the browser asks first, and the worker stays.
	let asked = '';
	page.once('dialog', (dialog) => {
		asked = dialog.type();
		void dialog.dismiss();
	});
	await page
		.getByRole('navigation', { name: `Netwerk van ${label}` })
		.getByRole('link', { name: 'Netwerkcirkel' })
		.click();
	await expect.poll(() => asked).toBe('beforeunload');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ecogram van ${label}`);
	// Back online: "Opslaan" saves it after all.
	await page.unroute(/\?\/relation$/);
	await oma.getByRole('button', { name: 'Opslaan Oma' }).click();
	await expect(oma.locator('.save-state')).toHaveText('Opgeslagen');
	await page.goto(`${path}/ecogram`);
	await expect(oma.getByLabel('Relatie')).toHaveValue('weak');
});

test('netwerkcirkel: two rows changed, one placed, both kept; the place is kept after a save and a drag', async ({
	page
}, testInfo) => {
	test.slow();
	const label = `P ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, NAMES);
	await page.goto(`${path}/cirkel`);
	await page.getByLabel('Vak voor Oma').selectOption({ label: 'Familie' });
	await page.getByLabel('Ring voor Oma').selectOption({ label: 'Heel dichtbij' });
	await page.getByLabel('Vak voor Juf').selectOption({ label: 'Werk, school, vereniging' });
	await page.getByLabel('Ring voor Juf').selectOption({ label: 'Verder weg' });
	const juf = page.locator('li', { has: page.getByLabel('Vak voor Juf') });
	if (jsOn()) {
		await expect(juf.locator('.save-state')).toHaveText('Opgeslagen');
		await expect(page.locator('li', { has: page.getByLabel('Vak voor Oma') }).locator('.save-state')).toHaveText(
			'Opgeslagen'
		);
	} else {
		await juf.getByRole('button', { name: 'Plaats Juf' }).click();
		await expect(page.getByRole('status')).toContainText('De plek is bewaard.');
		expect(new URL(page.url()).hash).toBe(`#${await juf.getAttribute('id')}`);
	}
	await page.goto(`${path}/cirkel`);
	await expect(textVersionSector(page, 'Familie')).toContainText('Oma — Heel dichtbij');
	await expect(textVersionSector(page, 'Werk, school, vereniging')).toContainText('Juf — Verder weg');
	await expectNoAxeViolations(page);

	await test.step('a save in row 7 keeps the place', async () => {
		const neef = page.locator('li', { has: page.getByLabel('Vak voor Neef') });
		await neef.getByLabel('Vak voor Neef').selectOption({ label: 'Buren en buurt' });
		await neef.getByLabel('Ring voor Neef').selectOption({ label: 'Dichtbij' });
		await neef.getByRole('button', { name: 'Plaats Neef' }).scrollIntoViewIfNeeded();
		const before = await scrollY(page);
		expect(before).toBeGreaterThan(200);
		const onScreen = await screenY(neef);
		await neef.getByRole('button', { name: 'Plaats Neef' }).click();
		await expect(page.getByRole('status')).toContainText('De plek is bewaard.');
		if (jsOn()) {
			expect(await scrollY(page)).toBeGreaterThanOrEqual(before);
			expect(Math.abs((await screenY(neef)) - onScreen)).toBeLessThan(5);
		} else expect(new URL(page.url()).hash).toBe(`#${await neef.getAttribute('id')}`);
		await expect(textVersionSector(page, 'Buren en buurt')).toContainText('Neef — Dichtbij');
	});

	await test.step('a refused save keeps what was chosen in every row', async () => {
		// Oma gets a sector without a ring (not allowed), Wim a whole new place; then "Plaats Wim".
		await page.getByLabel('Vak voor Oma').selectOption({ label: 'Vrienden en kennissen' });
		await page.getByLabel('Ring voor Oma').selectOption({ label: 'Nog niet' });
		await page.getByLabel('Vak voor Vriendin').selectOption({ label: 'Vrienden en kennissen' });
		await page.getByLabel('Ring voor Vriendin').selectOption({ label: 'Verder weg' });
		await page.getByRole('button', { name: 'Plaats Vriendin' }).click();
		const oma = page.locator('li', { has: page.getByLabel('Vak voor Oma') });
		await expect(oma.locator('.utrecht-form-field-error-message')).toContainText('Kies een vak én een ring');
		await expect(page.getByLabel('Vak voor Oma')).toHaveValue('friends');
		await expect(page.getByLabel('Ring voor Oma')).toHaveValue('');
		await expect(page.getByLabel('Vak voor Vriendin')).toHaveValue('friends');
		await expect(page.getByLabel('Ring voor Vriendin')).toHaveValue('3');
		// Oma gets her ring: now both are saved.
		await page.getByLabel('Ring voor Oma').selectOption({ label: 'Dichtbij' });
		await page.getByRole('button', { name: 'Plaats Vriendin' }).click();
		await expect(textVersionSector(page, 'Vrienden en kennissen')).toContainText('Oma — Dichtbij');
		await expect(textVersionSector(page, 'Vrienden en kennissen')).toContainText('Vriendin — Verder weg');
	});

	if (jsOn()) {
		await test.step('a drag keeps the place, and a second drag works on the new drawing', async () => {
			const drawing = page.getByRole('img', { name: `Netwerkcirkel van ${label}` });
			await drawing.scrollIntoViewIfNeeded();
			await page.evaluate(() => window.scrollBy(0, 120));
			const before = await scrollY(page);
			expect(before).toBeGreaterThan(0);
			const onScreen = await screenY(drawing);
			await dragInCircle(page, 'Tante', NEIGHBOURS_RING_2, { scroll: false });
			await expect(textVersionSector(page, 'Buren en buurt')).toContainText('Tante — Dichtbij');
			expect(await scrollY(page)).toBeGreaterThanOrEqual(before);
			expect(Math.abs((await screenY(drawing)) - onScreen)).toBeLessThan(5);
			await expect(page.getByLabel('Vak voor Tante')).toHaveValue('neighbours');
			await dragInCircle(page, 'Huisarts', NEIGHBOURS_RING_2, { scroll: false });
			await expect(textVersionSector(page, 'Buren en buurt')).toContainText('Huisarts — Dichtbij');
			expect(Math.abs((await screenY(drawing)) - onScreen)).toBeLessThan(5);
		});
	}
});

test('plan: two actions changed, one "Stand bewaren", both kept', async ({ page }, testInfo) => {
	const label = `A ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma']);
	const headers = { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' };
	const post = (action: string, form: Record<string, string>) =>
		page.request.post(`${path}/plan?/${action}`, { form, headers, maxRedirects: 0 });
	expect((await post('goal', { text: 'Weer zelf boodschappen doen' })).status()).toBe(303);
	const html = await (await page.request.get(`${path}/plan`)).text();
	const goalId = /name="goalId" value="([0-9a-f-]{36})"/u.exec(html)![1];
	for (const what of ['Belt de buurvrouw', 'Zoekt een maatje'])
		expect((await post('action', { goalId, [`who-${goalId}`]: 'client', [`what-${goalId}`]: what })).status()).toBe(
			303
		);

	await page.goto(`${path}/plan`);
	await page.getByLabel('Stand van: Belt de buurvrouw').selectOption({ label: 'Bezig' });
	await page.getByLabel('Stand van: Zoekt een maatje').selectOption({ label: 'Gedaan' });
	const first = page.locator('li', { has: page.getByLabel('Stand van: Belt de buurvrouw') });
	const second = page.locator('li', { has: page.getByLabel('Stand van: Zoekt een maatje') });
	if (jsOn()) {
		await expect(first.locator('.save-state')).toHaveText('Opgeslagen');
		await expect(second.locator('.save-state')).toHaveText('Opgeslagen');
	} else {
		await page.getByRole('button', { name: 'Stand bewaren Belt de buurvrouw' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		expect(new URL(page.url()).hash).toBe(`#${await first.getAttribute('id')}`);
	}
	await page.goto(`${path}/plan`);
	await expect(page.getByLabel('Stand van: Belt de buurvrouw')).toHaveValue('busy');
	await expect(page.getByLabel('Stand van: Zoekt een maatje')).toHaveValue('done');
	await expectNoAxeViolations(page);

	await test.step('deleting one action keeps a status chosen at another', async () => {
		await page.getByLabel('Stand van: Zoekt een maatje').selectOption({ label: 'Gestopt' });
		await page.getByRole('button', { name: 'Verwijderen Belt de buurvrouw' }).click();
		await expect(page.getByLabel('Stand van: Belt de buurvrouw')).toHaveCount(0);
		await page.goto(`${path}/plan`);
		await expect(page.getByLabel('Stand van: Zoekt een maatje')).toHaveValue('stopped');
	});

	await test.step('a goal re-worded but not saved is kept when a status is saved', async () => {
		await page.getByText('Doel aanpassen of bespreken').click();
		await page.locator(`#veld-text-${goalId}`).fill('Zelf boodschappen doen, met hulp');
		await page.locator(`#veld-evaluation-${goalId}`).fill('Het eerste rondje ging goed');
		await page.getByLabel('Stand van: Zoekt een maatje').selectOption({ label: 'Bezig' });
		await page.getByRole('button', { name: 'Stand bewaren Zoekt een maatje' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Zelf boodschappen doen, met hulp' })).toBeVisible();
		await page.goto(`${path}/plan`);
		await expect(page.getByLabel('Stand van: Zoekt een maatje')).toHaveValue('busy');
		await expect(page.locator(`#veld-evaluation-${goalId}`)).toHaveValue('Het eerste rondje ging goed');
	});

	// Without JavaScript the plan is one form (issue 14): what is typed in a new action or the new
	// goal goes with any button. With it, the same form is sent in the background.
	const goal = () => page.getByRole('region', { name: 'Zelf boodschappen doen, met hulp' });
	await test.step('a new action and a new goal typed, then "Stand bewaren": both kept', async () => {
		await goal().getByText('Actie toevoegen bij').click();
		await goal().getByLabel('Wie doet het?').selectOption({ label: 'Oma' });
		await goal().getByLabel('Wat gebeurt er?').fill('Gaat mee naar de markt');
		await page.locator('#veld-text').fill('Meer buiten komen');
		await page.getByRole('button', { name: 'Stand bewaren Zoekt een maatje' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		await page.goto(`${path}/plan`);
		await expect(goal()).toContainText('Oma: Gaat mee naar de markt');
		await expect(page.getByRole('heading', { level: 2, name: 'Meer buiten komen' })).toBeVisible();
	});

	await test.step('"Actie toevoegen" keeps a goal re-worded and a new goal typed', async () => {
		await goal().getByText('Doel aanpassen of bespreken').click();
		await page.locator(`#veld-text-${goalId}`).fill('Zelf boodschappen doen');
		await page.locator('#veld-text').fill('Een sportclub vinden');
		await goal().getByText('Actie toevoegen bij').click();
		await goal().getByLabel('Wat gebeurt er?').fill('Schrijft een boodschappenlijst');
		await goal().getByRole('button', { name: 'Actie toevoegen' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		await page.goto(`${path}/plan`);
		const renamed = page.getByRole('region', { name: 'Zelf boodschappen doen', exact: true });
		await expect(renamed).toContainText('Schrijft een boodschappenlijst');
		await expect(page.getByRole('heading', { level: 2, name: 'Een sportclub vinden' })).toBeVisible();
	});

	await test.step('a refused "Actie toevoegen" keeps everything as typed', async () => {
		const renamed = page.getByRole('region', { name: 'Zelf boodschappen doen', exact: true });
		await page.locator('#veld-text').fill('Vaker koken');
		await renamed.getByText('Actie toevoegen bij').click();
		await renamed.getByLabel(/^Welke professional/).fill('diëtist');
		await renamed.getByRole('button', { name: 'Actie toevoegen' }).click();
		await expect(page.getByRole('alert')).toContainText('Schrijf op wat er gebeurt.');
		await expect(renamed.getByLabel(/^Welke professional/)).toHaveValue('diëtist');
		await expect(renamed.getByLabel('Wat gebeurt er?')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#veld-text')).toHaveValue('Vaker koken');
		await expectNoAxeViolations(page);
	});
});

test('familiegroepsplan: both columns typed, one "Toevoegen", both kept; deleting keeps a line typed', async ({
	page
}, testInfo) => {
	const label = `F ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label);
	await page.goto(`${path}/plan/familiegroepsplan`);
	const concerns = page.getByRole('region', { name: 'Zorgen' });
	const strengths = page.getByRole('region', { name: 'Wat gaat goed' });
	await page.getByLabel('Nieuwe zorg').fill('De post blijft liggen');
	await page.getByLabel('Wat gaat goed?').fill('De buurvrouw kookt');
	await concerns.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen.');
	await page.goto(`${path}/plan/familiegroepsplan`);
	await expect(concerns).toContainText('De post blijft liggen');
	await expect(strengths).toContainText('De buurvrouw kookt');
	await expectNoAxeViolations(page);

	await test.step('"Toevoegen" in an empty column is refused; the other column keeps its line', async () => {
		await page.getByLabel('Wat gaat goed?').fill('Oma helpt met de was');
		await concerns.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByRole('alert')).toContainText('Schrijf iets op.');
		await expect(page.getByLabel('Nieuwe zorg')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Wat gaat goed?')).toHaveValue('Oma helpt met de was');
		await expectNoAxeViolations(page);
	});

	await test.step('deleting a line adds what is typed in both columns', async () => {
		await page.getByLabel('Nieuwe zorg').fill('Geen geld voor de bus');
		await concerns.getByRole('button', { name: 'Verwijderen De post blijft liggen' }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen.');
		await page.goto(`${path}/plan/familiegroepsplan`);
		await expect(concerns).not.toContainText('De post blijft liggen');
		await expect(concerns).toContainText('Geen geld voor de bus');
		await expect(strengths).toContainText('Oma helpt met de was');
	});

	if (jsOn())
		await test.step('with JavaScript: typing in the other column while a save is on its way is kept', async () => {
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			let sent!: () => void;
			const onItsWay = new Promise<void>((resolve) => (sent = resolve));
			await page.route(/familiegroepsplan\?\//u, async (route) => {
				sent();
				await held;
				await route.continue();
			});
			await page.getByLabel('Nieuwe zorg').fill('Schulden bij de energie');
			await concerns.getByRole('button', { name: 'Toevoegen' }).click();
			await onItsWay;
			await page.getByLabel('Wat gaat goed?').fill('De buurman doet boodschappen');
			release();
			await expect(concerns).toContainText('Schulden bij de energie');
			await expect(page.getByLabel('Wat gaat goed?')).toHaveValue('De buurman doet boodschappen');
			await expect(page.getByLabel('Nieuwe zorg')).toHaveValue('');
			await page.unroute(/familiegroepsplan\?\//u);
			// The save runs in the background: leaving before its answer came would cancel it.
			const saved = page.waitForResponse(
				(r) => /familiegroepsplan\?\//u.test(r.url()) && r.request().method() === 'POST'
			);
			await strengths.getByRole('button', { name: 'Toevoegen' }).click();
			await saved;
			await page.goto(`${path}/plan/familiegroepsplan`);
			await expect(strengths).toContainText('De buurman doet boodschappen');
		});
});

test('groslijst: a row, the roles and a colleague changed, another button pressed, all kept', async ({
	page
}, testInfo) => {
	test.slow();
	const label = `R ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma', 'Trainer']);
	await page.goto(path);
	// With JavaScript a row saves itself: that connection is cut, so only the page form can keep it.
	if (jsOn()) await page.route(/\?\/edit$/, (route) => route.abort());
	const oma = await groslijstRow(page, 'Oma');
	const roles = page.getByRole('region', { name: `Rollen van ${label}` });
	const colleagues = page.getByRole('region', { name: "Collega's bij deze casus" });
	await oma.remark.fill('belt elke dag');
	await colleagues.getByLabel('Ahmed Bakker', { exact: true }).check();
	await roles.getByRole('checkbox', { name: 'vrijwilliger' }).check();
	await roles.getByLabel('Andere rol').fill('oppas');
	await roles.getByRole('button', { name: 'Rollen bewaren' }).click();
	await expect(page.getByRole('status')).toContainText('De rollen zijn bewaard.');
	await page.goto(path);
	await expect(oma.remark).toHaveValue('belt elke dag');
	await expect(colleagues.getByLabel('Ahmed Bakker', { exact: true })).toBeChecked();
	await expect(roles.getByRole('checkbox', { name: 'vrijwilliger' })).toBeChecked();
	await expect(roles.getByLabel('Andere rol')).toHaveValue('oppas');

	await test.step('adding a name keeps the roles typed but not saved', async () => {
		await roles.getByLabel('Andere rol').fill('mantelzorger voor haar moeder');
		await page.getByLabel('Naam', { exact: true }).fill('Opa');
		await page.getByRole('button', { name: 'Naam toevoegen' }).click();
		await expect(page.getByLabel('Naam van Opa', { exact: true })).toBeVisible();
		await page.goto(path);
		await expect(roles.getByLabel('Andere rol')).toHaveValue('mantelzorger voor haar moeder');
	});

	await test.step('a refused save keeps the roles and the colleagues as typed', async () => {
		const trainer = await groslijstRow(page, 'Trainer');
		await trainer.name.fill('');
		await roles.getByRole('checkbox', { name: 'vrijwilliger' }).uncheck();
		await colleagues.getByLabel('Ahmed Bakker', { exact: true }).uncheck();
		await colleagues.getByRole('button', { name: "Collega's bewaren" }).click();
		await expect(page.getByRole('alert')).toContainText('Vul een naam in');
		await expect(trainer.name).toHaveAttribute('aria-invalid', 'true');
		await expect(roles.getByRole('checkbox', { name: 'vrijwilliger' })).not.toBeChecked();
		await expect(colleagues.getByLabel('Ahmed Bakker', { exact: true })).not.toBeChecked();
		await expect(roles.getByLabel('Andere rol')).toHaveValue('mantelzorger voor haar moeder');
		await expectNoAxeViolations(page);
	});
});

test('on a phone the drawings keep readable names in a frame that scrolls sideways', async ({ page }, testInfo) => {
	const label = `T ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma']);
	await page.setViewportSize({ width: 360, height: 780 });
	for (const view of ['cirkel', 'ecogram']) {
		await page.goto(`${path}/${view}`);
		const frame = page.getByRole('region', { name: 'Tekening (schuif opzij om alles te zien)' });
		// At the screen's width a name would be about 6 px high; 12 px is the least to read it.
		const name = frame.locator('svg text', { hasText: 'Oma' }).first();
		expect((await name.boundingBox())!.height).toBeGreaterThanOrEqual(12);
		expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		// With JavaScript the frame opens on the client, in the middle of the circle.
		if (jsOn()) expect(await frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
		await expect(page.getByText('Schuif de tekening opzij om alles te zien.')).toBeVisible();
		await expectNoAxeViolations(page);
	}
});
