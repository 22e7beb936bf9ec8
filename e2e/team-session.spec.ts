import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { downloadOf } from './fixtures/download';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { unique } from './fixtures/unique';

// A whole incidentmethode session with three people of a new team: planning, the casus with its
// name warning, the phases with the server's end time, advice, the choice, attendance taps, the
// end, and "Wat deed je met het advies?" answered and shown at the start of the next session.
// Run with JS on (every page follows the voorzitter live) and off (a refresh shows the phase).

const jsOn = () => test.info().project.use.javaScriptEnabled !== false;
const ENDS_AT = /Deze fase eindigt om \d\d:\d\d/u;

interface Person {
	name: string;
	context: BrowserContext;
	page: Page;
}

/** A new team with three new members (through the admin's real forms), each signed in in a context of their own. */
async function teamOfThree(browser: Browser, admin: Page, tag: string): Promise<{ teamId: string; people: Person[] }> {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	const headers = { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
	const teamName = `Team ${tag}`;
	expect(
		(
			await admin.request.post('/beheer/teams?/create', {
				headers,
				data: new URLSearchParams({ name: teamName, description: '' }).toString()
			})
		).status()
	).toBe(200);
	const teams = await (await admin.request.get('/beheer/teams')).text();
	const teamId = /name="teamId" value="([0-9a-f-]{36})"/u.exec(teams.slice(teams.indexOf(teamName)))![1];
	const people: Person[] = [];
	for (const first of ['Anouk', 'Bram', 'Cem']) {
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

/** Without JS the page shows the new phase after a refresh; with JS it follows by itself within 2 s. */
async function follows(page: Page, text: string | RegExp) {
	if (!jsOn()) await page.reload();
	await expect(page.getByTestId('phase-status')).toContainText(text, { timeout: 2_000 });
}

test('a whole incidentmethode session with three people: phases, end time, advice, attendance, follow-up', async ({
	browser,
	page: admin
}) => {
	test.slow();
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { teamId, people } = await teamOfThree(browser, admin, tag);
	const [chair, inbrenger, colleague] = people;
	let sessionPath = '';

	try {
		await test.step('the voorzitter plans the session', async () => {
			const p = chair.page;
			// A new team has no sessions yet: the hub says so and where to plan one.
			await p.goto('/team');
			await expect(p.getByText('Er staat geen sessie gepland waar je bij bent.')).toBeVisible();
			await p.getByRole('link', { name: 'Nieuwe sessie plannen' }).click();
			await expect(p).toHaveURL(new RegExp(`/team/sessies/nieuw\\?team=${teamId}$`, 'u'));
			await expect(p.getByRole('radio', { name: /Incidentmethode/u })).toBeChecked();
			await p.getByLabel('Thema of korte titel').fill(`Huisbezoek ${tag}`);
			await p.getByRole('checkbox', { name: inbrenger.name }).check();
			await p.getByRole('checkbox', { name: colleague.name }).check();
			await p.getByLabel('Inbrenger', { exact: true }).selectOption({ label: inbrenger.name });
			await expectNoAxeViolations(p);
			await p.getByRole('button', { name: 'Sessie plannen' }).click();
			await expect(p).toHaveURL(/\/team\/sessies\/[0-9a-f-]{36}$/u);
			sessionPath = new URL(p.url()).pathname;
			await expect(p.getByRole('heading', { level: 1 })).toContainText(`Huisbezoek ${tag}`);
			await expect(p.getByTestId('phase-status')).toContainText('De sessie is nog niet begonnen');
			// The same "← Alle …" back link as the other team pages.
			await expect(p.getByRole('link', { name: 'Alle sessies' })).toHaveAttribute(
				'href',
				`/team/sessies?team=${teamId}`
			);
		});

		await test.step('the inbrenger prepares the casus: a full name is warned about, not refused', async () => {
			const p = inbrenger.page;
			await p.goto('/team');
			await p.getByRole('link', { name: new RegExp(`Huisbezoek ${tag}`, 'u') }).click();
			await p.getByLabel('Wat gebeurde er?').fill('Bij een huisbezoek werd Mohammed Karimi boos.');
			await p.getByLabel('Wat wil je leren?').fill('Hoe houd ik het gesprek open?');
			await p.getByRole('button', { name: 'Casus opslaan' }).click();
			await expect(p.getByRole('alert')).toContainText('naam van een cliënt');
			// What was typed is still there.
			await expect(p.getByLabel('Wat wil je leren?')).toHaveValue('Hoe houd ik het gesprek open?');
			await p.getByLabel('Wat gebeurde er?').fill('Bij een huisbezoek werd de vader (M.K.) boos.');
			await p.getByRole('button', { name: 'Casus opslaan' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'De casus is opgeslagen.' })).toBeVisible();
			await colleague.page.goto(sessionPath);
			await expect(colleague.page.getByText('Bij een huisbezoek werd de vader (M.K.) boos.')).toBeVisible();
		});

		await test.step('a participant puts the session in the agenda: a calendar file without the casus', async () => {
			const p = colleague.page;
			const file = await downloadOf(p, () => p.getByRole('link', { name: 'Zet in je agenda (.ics)' }).click());
			expect(file.name).toBe('leersessie.ics');
			const text = file.body.toString('utf8').replace(/\r\n /gu, '');
			expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/u);
			expect(text).toContain(`SUMMARY:Incidentmethode: Huisbezoek ${tag}`);
			expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/u);
			expect(text).not.toContain('M.K.');
		});

		await test.step('the voorzitter starts; every page shows the phase and when it ends', async () => {
			await inbrenger.page.goto(sessionPath);
			await chair.page.getByRole('button', { name: 'Sessie starten' }).click();
			await expect(chair.page.getByTestId('phase-status')).toContainText('Fase 1 van 7: Het incident');
			await expect(chair.page.getByTestId('phase-ends')).toHaveText(ENDS_AT);
			await follows(inbrenger.page, 'Fase 1 van 7: Het incident');
			await follows(colleague.page, ENDS_AT);
			await expectNoAxeViolations(chair.page);
		});

		await test.step('each taps their own attendance', async () => {
			for (const person of people) {
				await person.page.getByRole('button', { name: 'Ik ben erbij' }).click();
				await expect(person.page.getByTestId('present')).toBeVisible();
			}
		});

		await test.step('the group asks questions; the projector screen follows', async () => {
			const screen = await chair.context.newPage();
			await screen.goto(`${sessionPath}/scherm`);
			await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Fase 1 van 7: Het incident');
			await expectNoAxeViolations(screen);
			await chair.page.getByRole('button', { name: 'Volgende fase' }).click();
			await expect(chair.page.getByTestId('phase-status')).toContainText('Fase 2 van 7: Informatieve vragen');
			if (!jsOn()) await screen.reload();
			await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Fase 2 van 7: Informatieve vragen', {
				timeout: 2_000
			});
			await expect(screen.getByTestId('screen-time')).toContainText(ENDS_AT);
			// The minutes left say "nog": the phase's own length reads "(10 min)" elsewhere.
			await expect(screen.getByTestId('screen-time')).toContainText(/nog \d+ min/u);
			await follows(colleague.page, 'Informatieve vragen');
			await colleague.page.getByLabel('Jouw vraag').fill('Wat zei je precies?');
			await colleague.page.getByRole('button', { name: 'Toevoegen' }).click();
			await expect(colleague.page.getByRole('listitem').filter({ hasText: 'Wat zei je precies?' })).toBeVisible();
			if (!jsOn()) await screen.reload();
			await expect(screen.getByText('Wat zei je precies?')).toBeVisible({ timeout: 2_000 });
			await screen.close();
		});

		await test.step('more time, then on to the advice', async () => {
			const before = await chair.page.getByTestId('phase-ends').textContent();
			await chair.page.getByRole('button', { name: '+5 minuten' }).click();
			await expect(chair.page.getByTestId('phase-ends')).not.toHaveText(before!);
			for (const phase of ['De vraag van de inbrenger', 'Analyse door de groep', 'Advies']) {
				await chair.page.getByRole('button', { name: 'Volgende fase' }).click();
				await expect(chair.page.getByTestId('phase-status')).toContainText(phase);
			}
			await follows(inbrenger.page, 'Fase 5 van 7: Advies');
			for (const [person, advice] of [
				[chair, 'Vraag eerst wat hij zelf ziet.'],
				[colleague, 'Neem een collega mee.']
			] as const) {
				await follows(person.page, 'Advies');
				await person.page.getByLabel('Jouw advies').fill(advice);
				await person.page.getByRole('button', { name: 'Toevoegen' }).click();
				await expect(person.page.getByRole('listitem').filter({ hasText: advice })).toBeVisible();
			}
		});

		await test.step('the inbrenger chooses the advice that helps; the voorzitter ends the session', async () => {
			await chair.page.getByRole('button', { name: 'Volgende fase' }).click();
			await follows(inbrenger.page, 'De inbrenger kiest');
			await inbrenger.page.getByRole('checkbox', { name: 'Vraag eerst wat hij zelf ziet.' }).check();
			await inbrenger.page.getByRole('button', { name: 'Keuze opslaan' }).click();
			await expect(inbrenger.page.getByTestId('taken')).toHaveText('Vraag eerst wat hij zelf ziet.');
			await chair.page.getByRole('button', { name: 'Sessie afronden' }).click();
			await expect(chair.page.getByTestId('phase-status')).toContainText('De sessie is afgelopen');
			// The buttons are gone: with JS the focus goes to "Waar zijn we nu?", not to the top of the page.
			if (jsOn()) await expect(chair.page.getByRole('heading', { name: 'Waar zijn we nu?' })).toBeFocused();
			await expect(chair.page.getByRole('listitem').filter({ hasText: `${inbrenger.name}: aanwezig` })).toBeVisible();
		});

		await test.step('the inbrenger answers "Wat deed je met het advies?"', async () => {
			const p = inbrenger.page;
			await p.goto('/');
			await expect(p.getByRole('heading', { name: 'Wat deed je met het advies?' })).toBeVisible();
			await p.goto('/team');
			await expectNoAxeViolations(p);
			await p
				.getByRole('textbox', { name: 'Wat deed je met het advies?' })
				.fill(`Ik vroeg eerst wat hij zelf zag (${tag}).`);
			await p.getByRole('button', { name: 'Antwoord opslaan' }).click();
			await expect(p.getByRole('status')).toContainText('Je antwoord komt aan het begin van de volgende sessie');
		});

		await test.step('the next session of the group opens with that answer', async () => {
			const p = chair.page;
			// From the method's page: "Plan een sessie met deze methode" ticks that method.
			await p.goto(`/team/methoden/leersessie?team=${teamId}`);
			await p.getByRole('link', { name: 'Plan een sessie met deze methode' }).click();
			await expect(p.getByRole('radio', { name: /Leersessie/u })).toBeChecked();
			await p.getByLabel('Thema of korte titel').fill(`Werkdruk ${tag}`);
			await p.getByRole('checkbox', { name: inbrenger.name }).check();
			await p.getByRole('button', { name: 'Sessie plannen' }).click();
			await expect(
				p.getByRole('heading', { name: 'Wat deden jullie met het advies van de vorige keer?' })
			).toBeVisible();
			await expect(p.getByText(`Ik vroeg eerst wat hij zelf zag (${tag}).`)).toBeVisible();
			// A leersessie has no inbrenger: no empty "De casus" heading.
			await expect(p.getByRole('heading', { name: 'De casus' })).toHaveCount(0);
		});

		await test.step('before the start the projector screen says when the session begins', async () => {
			const p = chair.page;
			await p.getByRole('link', { name: 'Open het scherm voor de beamer' }).click();
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(
				'De sessie is nog niet begonnen. De voorzitter start de sessie.'
			);
			await expect(p.getByTestId('screen-planned')).toHaveText(/^Gepland: \d{1,2} \w+ \d{4} om \d\d:\d\d$/u);
			await expectNoAxeViolations(p);
		});

		await test.step('someone outside the session gets "not found"', async () => {
			const other = await browser.newContext();
			const page = await other.newPage();
			await signInByRequest(page, 'worker');
			expect((await page.request.get(sessionPath)).status()).toBe(404);
			expect((await admin.request.get(sessionPath)).status()).toBe(404);
			await other.close();
		});
	} finally {
		for (const person of people) await person.context.close();
	}
});
