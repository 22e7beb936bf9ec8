import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

// Issue 16: the method library. A member copies a built-in method for the team, changes a step,
// removes one, and finds the team's own version in the list (JavaScript on and off).

/** Set SHOTS=<dir> to save screenshots of each page at phone, laptop and projector size. */
async function shots(page: Page, name: string): Promise<void> {
	const dir = process.env.SHOTS;
	if (!dir) return;
	const js = test.info().project.name;
	const size = page.viewportSize();
	for (const [w, h] of [
		[360, 800],
		[1024, 768],
		[1920, 1080]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `${dir}/${name}-${w}-${js}.png`, fullPage: true });
	}
	if (size) await page.setViewportSize(size);
}

test('a team member copies the roddelmethode, changes a step, removes one and sees it in the list', async ({
	page
}, testInfo) => {
	const name = `Roddelen ${unique(testInfo)}`;
	await signInByRequest(page, 'worker');
	await page.goto('/team/methoden');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methoden');
	await expect(page.getByRole('heading', { name: 'Methoden van Team Noord' })).toBeVisible();
	const builtIn = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'Methoden van Vakspiegel' }) });
	for (const method of ['Balint-methode', 'Leersessie', 'Moreel beraad', 'Roddelmethode', 'Troika-consultatie'])
		await expect(builtIn.getByRole('link', { name: method, exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	await shots(page, 'lijst');

	// The method page: every step with who is at turn and whether the inbrenger is there.
	await builtIn.getByRole('link', { name: 'Roddelmethode', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roddelmethode');
	const steps = page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(steps).toHaveCount(5);
	await expect(steps.nth(2)).toContainText('rug naar de groep');
	await expect(steps.nth(2)).toContainText('Aan de beurt: de groep');
	await expect(steps.nth(2)).toContainText('De inbrenger is erbij');
	await expectNoAxeViolations(page);
	await shots(page, 'methode');

	await page.getByRole('button', { name: 'Maak een eigen versie voor Team Noord' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roddelmethode (eigen versie) aanpassen');
	await page.getByLabel('Naam', { exact: true }).fill(name);
	const step1 = page.getByRole('group', { name: 'Stap 1: Casus vertellen' });
	await step1.getByLabel('Titel').fill('Casus in vijf minuten');
	await step1.getByLabel('Minuten').fill('5');
	// A step without a prompt: refused in Dutch, nothing typed is lost.
	const step2 = page.getByRole('group', { name: 'Stap 2: Vragen stellen' });
	await step2.getByLabel('Wat doe je in deze stap?').fill('');
	const editPath = new URL(page.url()).pathname;
	const refused = await postResponse(page, editPath, () =>
		page.getByRole('button', { name: 'Opslaan', exact: true }).click()
	);
	// Without JavaScript the page itself comes back with 400; with it, the action's JSON says 400.
	if (testInfo.project.use.javaScriptEnabled === false) expect(refused.status()).toBe(400);
	else expect(await refused.json()).toMatchObject({ type: 'failure', status: 400 });
	await expect(page.getByRole('alert')).toContainText('Schrijf op wat je in deze stap doet.');
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
	await expect(page.getByRole('group', { name: /^Stap 1/ }).getByLabel('Titel')).toHaveValue('Casus in vijf minuten');
	await expect(page.getByRole('group', { name: /^Stap 2/ }).getByLabel('Wat doe je in deze stap?')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoAxeViolations(page, { withoutJs: true });
	await shots(page, 'bewerken-fout');

	await page
		.getByRole('group', { name: /^Stap 2/ })
		.getByLabel('Wat doe je in deze stap?')
		.fill('Stel alleen vragen om te begrijpen wat er gebeurde.');
	// Removing the last step changes the draft, not yet the method.
	await page.getByRole('button', { name: 'Stap 5 weghalen' }).click();
	await expect(page.getByRole('status')).toContainText('Nog niet opgeslagen.');
	// With JavaScript, focus stays in the list of steps instead of falling back to the page's top.
	if (testInfo.project.use.javaScriptEnabled !== false)
		await expect(page.getByRole('heading', { name: 'Stappen' })).toBeFocused();
	await expect(page.getByRole('group', { name: /^Stap \d/ })).toHaveCount(4);
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
	await expect(page.getByRole('group', { name: /^Stap 2/ }).getByLabel('Wat doe je in deze stap?')).toHaveValue(
		'Stel alleen vragen om te begrijpen wat er gebeurde.'
	);
	await expect(page.getByText('Samen 45 minuten')).toBeVisible();
	await shots(page, 'bewerken');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

	await expect(page.getByRole('status')).toContainText('Opgeslagen.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(steps).toHaveCount(4);
	await expect(steps.first()).toContainText('Casus in vijf minuten');
	await expect(steps.first()).toContainText('5 min');
	await expect(page.getByRole('main')).not.toContainText('Afronding');

	// In the list, under the team's own methods.
	await page.getByRole('link', { name: 'Alle methoden' }).click();
	const own = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Methoden van Team Noord' }) });
	const card = own.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
	await expect(card).toContainText('45 minuten, 4 stappen');
	await expect(card).toContainText('Gemaakt op basis van Roddelmethode');
	// The built-in method itself is unchanged.
	await page.goto('/team/methoden/roddelmethode');
	await expect(steps).toHaveCount(5);

	// Taken off the list again, so the demo team's list does not grow with every run.
	await page.goto('/team/methoden');
	await own.getByRole('link', { name, exact: true }).click();
	await page.getByRole('link', { name: 'Aanpassen' }).click();
	await page.getByRole('button', { name: 'Methode uit de lijst halen' }).click();
	await expect(page.getByRole('status')).toContainText('De methode is uit de lijst gehaald.');
	await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('a member of another team and the admin outside the team do not find a team method @once', async ({
	page,
	browser
}) => {
	await signInByRequest(page, 'worker');
	const made = await page.request.post('/team/methoden/troika?/copy', {
		form: { team: await firstTeam(page) },
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(made.status()).toBe(303);
	const edit = made.headers()['location'];
	const methodPath = edit.split('/bewerken')[0];
	expect((await page.request.get(methodPath, { maxRedirects: 0 })).status()).toBe(200);
	for (const role of ['facilitator', 'admin'] as const) {
		const other = await browser.newPage();
		await signInByRequest(other, role);
		expect((await other.request.get(methodPath, { maxRedirects: 0 })).status(), role).toBe(404);
		expect((await other.request.get(edit.split('?')[0], { maxRedirects: 0 })).status(), role).toBe(404);
		await other.close();
	}
	await page.request.post(`${edit.split('?')[0]}?/archive`, {
		form: { team: new URL(edit, 'http://x').searchParams.get('team')! },
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
		maxRedirects: 0
	});
});

/** The id of the worker's first team, as the list page's links carry it. */
async function firstTeam(page: Page): Promise<string> {
	const html = await (await page.request.get('/team/methoden')).text();
	const id = /href="\/team\/methoden\/[a-z0-9-]+\?team=([0-9a-f-]{36})"/.exec(html)?.[1];
	expect(id, 'team in de links').toBeTruthy();
	return id!;
}
