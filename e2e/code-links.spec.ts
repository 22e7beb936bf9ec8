import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { unique } from './fixtures/unique';

// Issue 17: practice tied to the code. A reflection in the mirror linked to an article shows on that
// article for its writer only (not the coach, not the admin); a dilemma reflection is written in the
// steps of moreel beraad and brought to a session of the team, where only its participants read it.
// Every flow runs with JavaScript on and off (the js-on and js-off projects).

test('a reflection linked to an article shows on that article for its writer only', async ({ page, browser }) => {
	const text = `Ik luisterde eerst, en vroeg daarna door (${unique(test.info())}).`;
	await signInByRequest(page, 'worker');

	await test.step('the worker writes a reflection in the mirror and ties it to article 2.1.3', async () => {
		await page.goto('/feedback');
		const form = page.locator('details.reflect').first();
		await form.locator('summary').first().click();
		await form.getByLabel('Wat leer je hiervan?').fill(text);
		await form.getByText('Koppel aan de beroepscode').click();
		await form.getByRole('checkbox', { name: '2.1.3 Luisteren' }).check();
		await form.getByRole('checkbox', { name: '1. Respect voor menselijke waardigheid en autonomie' }).check();
		await form.getByRole('button', { name: 'Reflectie opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Je reflectie is opgeslagen.' })).toBeVisible();
		const note = page.locator('blockquote.reflection').filter({ hasText: text });
		await expect(note).toContainText(
			'Bij de beroepscode: 1. Respect voor menselijke waardigheid en autonomie; 2.1.3 Luisteren'
		);
	});

	await test.step('the article shows it to the writer, marked as private', async () => {
		await page.goto('/beroepscode/artikel/2.1.3');
		const mine = page.getByRole('region', { name: 'Jouw reflecties bij dit artikel' });
		await expect(mine.getByText(text)).toBeVisible();
		await expect(mine).toContainText('Alleen jij ziet dit.');
		await expect(page.getByRole('region', { name: 'Wat inwoners zeggen' })).toBeVisible();
		await expectNoAxeViolations(page);
		// Another article does not show it.
		await page.goto('/beroepscode/artikel/2.2.1');
		await expect(page.getByText(text)).toHaveCount(0);
	});

	await test.step('the kernwaarde it is tied to shows it too, on a page of its own', async () => {
		await page.goto('/beroepscode');
		await page.getByRole('link', { name: 'Lees meer over Respect voor menselijke waardigheid en autonomie' }).click();
		// With more than one code in the organisation (other tests import one), the link names the code.
		await expect(page).toHaveURL(/\/beroepscode\/kernwaarde\/1(?:\?code=[0-9a-f-]+)?$/u);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kernwaarde 1: Respect voor menselijke waardigheid en autonomie'
		);
		const mine = page.getByRole('region', { name: 'Jouw reflecties bij deze kernwaarde' });
		await expect(mine.getByText(text)).toBeVisible();
		await expect(mine).toContainText('Alleen jij ziet dit.');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: /Betrokkenheid en bereidheid/u }).click();
		await expect(page).toHaveURL(/\/beroepscode\/kernwaarde\/2(?:\?code=[0-9a-f-]+)?$/u);
		await expect(page.getByText(text)).toHaveCount(0);
	});

	await test.step('the coach and the admin of the same organisation do not see it on the article', async () => {
		for (const role of ['coach', 'admin'] as const) {
			const context = await browser.newContext();
			const other = await context.newPage();
			await signInByRequest(other, role);
			await other.goto('/beroepscode/artikel/2.1.3');
			await expect(other.getByRole('heading', { level: 1, name: 'Artikel 2.1.3 Luisteren' })).toBeVisible();
			await expect(other.getByRole('region', { name: 'Jouw reflecties bij dit artikel' })).toBeVisible();
			expect(await other.content()).not.toContain(text);
			await other.goto('/beroepscode/kernwaarde/1');
			await expect(other.getByRole('region', { name: 'Jouw reflecties bij deze kernwaarde' })).toBeVisible();
			expect(await other.content()).not.toContain(text);
			await other.goto('/feedback');
			expect(await other.content()).not.toContain(text);
			await context.close();
		}
	});

	await test.step('the writer unties it again from the mirror', async () => {
		await page.goto('/feedback');
		const note = page.locator('blockquote.reflection').filter({ hasText: text });
		await note.getByText('Koppel aan de beroepscode').click();
		await note.getByRole('checkbox', { name: '2.1.3 Luisteren' }).uncheck();
		await note.getByRole('button', { name: 'Koppeling opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De koppeling is opgeslagen.' })).toBeVisible();
		await page.goto('/beroepscode/artikel/2.1.3');
		await expect(page.getByText(text)).toHaveCount(0);
	});

	// The demo worker's mirror is shared by other tests (one measures its length): leave it as found.
	await test.step('the writer deletes the reflection', async () => {
		await page.goto('/feedback');
		const note = page.locator('blockquote.reflection').filter({ hasText: text });
		await note.getByRole('button', { name: 'Verwijderen' }).click();
		await expect(page.locator('blockquote.reflection').filter({ hasText: text })).toHaveCount(0);
	});
});

interface Person {
	name: string;
	context: BrowserContext;
	page: Page;
}

/** A new team with two new members (through the admin's real forms), each signed in in a context of their own. */
async function teamOfTwo(browser: Browser, admin: Page, tag: string): Promise<{ teamId: string; people: Person[] }> {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	const headers = { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
	const teamName = `Team ${tag}`;
	const created = await admin.request.post('/beheer/teams?/create', {
		headers,
		data: new URLSearchParams({ name: teamName, description: '' }).toString()
	});
	expect(created.status()).toBe(200);
	const teams = await (await admin.request.get('/beheer/teams')).text();
	const teamId = /name="teamId" value="([0-9a-f-]{36})"/u.exec(teams.slice(teams.indexOf(teamName)))![1];
	const people: Person[] = [];
	for (const first of ['Dewi', 'Esra']) {
		const name = `${first} ${tag}`;
		const email = `${first.toLowerCase()}-${tag}@e2e.vakspiegel.example`.toLowerCase();
		const body = new URLSearchParams({ email, roles: 'worker', teamIds: teamId });
		const invited = await admin.request.post('/beheer/uitnodigingen?/create', { headers, data: body.toString() });
		const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/u.exec(await invited.text())![1];
		const context = await browser.newContext();
		const page = await context.newPage();
		const password = `wachtwoord-${tag}`;
		const accepted = await page.request.post(`/uitnodiging/${token}`, {
			headers,
			data: new URLSearchParams({ name, password, passwordRepeat: password }).toString(),
			maxRedirects: 0
		});
		expect(accepted.status(), `uitnodiging van ${name}`).toBe(303);
		people.push({ name, context, page });
	}
	return { teamId, people };
}

test('a dilemma written in the steps of moreel beraad and brought to a session of the team', async ({
	browser,
	page: admin
}) => {
	test.slow();
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { teamId, people } = await teamOfTwo(browser, admin, tag);
	const [writer, chair] = people;
	const title = `Geheim of delen ${tag}`;
	let sessionPath = '';
	let dilemmaPath = '';

	try {
		await test.step('a colleague plans an intervisie session with the writer', async () => {
			const p = chair.page;
			await p.goto(`/team/sessies/nieuw?team=${teamId}`);
			await p.getByLabel('Thema of korte titel').fill(`Intervisie ${tag}`);
			await p.getByRole('checkbox', { name: writer.name }).check();
			await p.getByLabel('Inbrenger', { exact: true }).selectOption({ label: writer.name });
			await p.getByRole('button', { name: 'Sessie plannen' }).click();
			await expect(p).toHaveURL(/\/team\/sessies\/[0-9a-f-]{36}$/u);
			sessionPath = new URL(p.url()).pathname;
		});

		await test.step('the writer writes the dilemma: a client name is warned about, nothing typed is lost', async () => {
			const p = writer.page;
			await p.goto('/beroepscode');
			await p.getByRole('link', { name: "Mijn dilemma's" }).click();
			await expect(p.getByRole('heading', { level: 1, name: "Mijn dilemma's" })).toBeVisible();
			await expect(p.getByText("Je hebt nog geen dilemma's.")).toBeVisible();
			await expectNoAxeViolations(p);
			await p.getByRole('link', { name: 'Nieuw dilemma' }).click();
			await expect(p.getByText('Noem geen namen van cliënten en geen BSN.')).toBeVisible();
			await expectNoAxeViolations(p);
			await p.getByLabel('Korte titel').fill(title);
			await p
				.getByLabel('1. De situatie: wat is er gebeurd?')
				.fill('Mohammed Karimi vertelt me iets en vraagt het geheim te houden.');
			await p.getByLabel('2. De morele vraag: wat is het dilemma?').fill('Houd ik het geheim of deel ik het?');
			await p.getByLabel('3. De mogelijkheden: wat kun je doen?').fill('Zwijgen, delen, eerst samen praten.');
			await p.getByText('Koppel aan de beroepscode').click();
			await p.getByRole('checkbox', { name: '5.2.1 Geheimhouding' }).check();
			await p.getByRole('checkbox', { name: '5. Betrouwbaarheid en integriteit' }).check();
			await p.getByLabel('5. Je keuze: wat kies je, en waarom?').fill('Eerst samen praten.');
			await p.getByLabel('6. Wat ga je doen?').fill('Morgen bel ik hem.');
			await p.getByRole('button', { name: 'Dilemma opslaan' }).click();
			await expect(p.getByRole('alert')).toContainText('naam van een cliënt');
			await expect(p.getByLabel('6. Wat ga je doen?')).toHaveValue('Morgen bel ik hem.');
			await expect(p.getByRole('checkbox', { name: '5.2.1 Geheimhouding' })).toBeChecked();
			await p
				.getByLabel('1. De situatie: wat is er gebeurd?')
				.fill('Een jongere (M.) vertelt me iets en vraagt het geheim te houden.');
			await p.getByRole('button', { name: 'Dilemma opslaan' }).click();
			await expect(p).toHaveURL(/\/beroepscode\/dilemmas\/[0-9a-f-]{36}\?bewaard=1$/u);
			dilemmaPath = new URL(p.url()).pathname;
			await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(p.getByRole('status').filter({ hasText: 'Je dilemma is opgeslagen.' })).toBeVisible();
			await expectNoAxeViolations(p);
		});

		await test.step('the article page shows the dilemma to its writer', async () => {
			const p = writer.page;
			await p.goto('/beroepscode/artikel/5.2.1');
			await expect(p.getByRole('link', { name: title })).toBeVisible();
		});

		await test.step('before it is brought, the colleague in the session does not see it', async () => {
			await chair.page.goto(sessionPath);
			await expect(chair.page.getByText(title)).toHaveCount(0);
			const r = await chair.page.goto(dilemmaPath);
			expect(r?.status()).toBe(404);
		});

		await test.step('the writer brings it to the session; the participants read it there', async () => {
			const p = writer.page;
			await p.goto(dilemmaPath);
			await p.getByLabel('Sessie', { exact: true }).selectOption({ index: 0 });
			await p.getByRole('button', { name: 'Meenemen' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'Je dilemma is meegenomen naar de sessie.' })).toBeVisible();
			await chair.page.goto(sessionPath);
			const brought = chair.page.getByRole('region', { name: "Meegebrachte dilemma's" });
			await expect(brought.getByRole('heading', { name: title })).toBeVisible();
			await expect(brought).toContainText('Een jongere (M.) vertelt me iets');
			await expect(brought).toContainText('5.2.1 Geheimhouding');
			await expect(brought).toContainText(`Van ${writer.name}`);
			// The admin is no participant: neither the session nor the dilemma opens.
			expect((await admin.goto(sessionPath))?.status()).toBe(404);
			expect((await admin.goto(dilemmaPath))?.status()).toBe(404);
		});

		await test.step('taken back before the start; once the session runs, it stays', async () => {
			const p = writer.page;
			await p.getByRole('button', { name: 'Terugnemen' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'Je hebt je dilemma teruggenomen.' })).toBeVisible();
			await chair.page.goto(sessionPath);
			await expect(chair.page.getByText(title)).toHaveCount(0);
			await p.getByLabel('Sessie', { exact: true }).selectOption({ index: 0 });
			await p.getByRole('button', { name: 'Meenemen' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'Je dilemma is meegenomen naar de sessie.' })).toBeVisible();
			await chair.page.goto(sessionPath);
			await chair.page.getByRole('button', { name: 'Sessie starten' }).click();
			await expect(chair.page.getByTestId('phase-status')).toContainText('Fase 1');
			await p.goto(dilemmaPath);
			await expect(p.getByText('De sessie is begonnen. Het dilemma blijft bij de sessie.')).toBeVisible();
			await expect(p.getByRole('button', { name: 'Terugnemen' })).toHaveCount(0);
			await p.goto('/beroepscode/dilemmas');
			await expect(p.getByRole('link', { name: title })).toBeVisible();
			await expect(p.getByText(/Meegenomen naar de sessie van/u)).toBeVisible();
		});
	} finally {
		for (const person of people) await person.context.close();
	}
});

test('a "wat werkt" story that cites an article shows on that article for every member', async ({ page, browser }) => {
	const title = `Eerst luisteren ${unique(test.info())}`;
	await signInByRequest(page, 'worker');
	await page.goto('/team/wat-werkt');
	const form = page.locator('form[action="?/create"]');
	await form.getByLabel('Titel').fill(title);
	await form.getByLabel('Je verhaal').fill('Ik liet de moeder eerst vertellen. Daarna pas vroeg ik door.');
	await form.getByText('Koppel aan de beroepscode').click();
	await form.getByRole('checkbox', { name: '2.1.3 Luisteren' }).check();
	await form.getByRole('button', { name: 'Verhaal plaatsen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByText('Bij de beroepscode: 2.1.3 Luisteren')).toBeVisible();

	const context = await browser.newContext();
	const coach = await context.newPage();
	await signInByRequest(coach, 'coach');
	await coach.goto('/beroepscode/artikel/2.1.3');
	const practice = coach.getByRole('region', { name: 'Uit de praktijk' });
	await expect(practice.getByRole('link', { name: title })).toBeVisible();
	// Residents' voice: the demo's top idea an editor tied to this article.
	await expect(coach.getByRole('region', { name: 'Wat inwoners zeggen' }).getByRole('listitem')).toHaveCount(1);
	await context.close();
});
