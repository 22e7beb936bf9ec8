import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { unique } from './fixtures/unique';

// Issue 19, the activity log: a learning session the worker attended becomes a log line in at most two
// taps; a line typed by hand gets a Dutch message for bad hours and loses nothing typed; the progress
// view measures the log against the register's table and names the rule not met; the admin sets the
// social-work register's numbers. Every flow runs with JavaScript on and off (js-on and js-off projects).

interface Person {
	name: string;
	context: BrowserContext;
	page: Page;
}

const headersFor = () => ({
	origin: new URL(test.info().project.use.baseURL!).origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
});

/** A new team with new workers (through the admin's real forms), each signed in in a context of their own. */
async function newTeam(browser: Browser, admin: Page, tag: string, firstNames: string[]) {
	const headers = headersFor();
	const teamName = `Team ${tag}`;
	const made = await admin.request.post('/beheer/teams?/create', {
		headers,
		data: new URLSearchParams({ name: teamName, description: '' }).toString()
	});
	expect(made.status()).toBe(200);
	const teams = await (await admin.request.get('/beheer/teams')).text();
	const teamId = /name="teamId" value="([0-9a-f-]{36})"/u.exec(teams.slice(teams.indexOf(teamName)))![1];
	const people: Person[] = [];
	for (const first of firstNames) {
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

/** Posts a form action of a session page as the person, the way its buttons do. */
async function act(person: Person, path: string, fields: Record<string, string>) {
	const res = await person.page.request.post(path, {
		headers: headersFor(),
		data: new URLSearchParams(fields).toString(),
		maxRedirects: 0
	});
	expect([200, 303], `${path} als ${person.name}`).toContain(res.status());
}

/** Counts the person's clicks: the number of taps a flow takes. */
function tapCounter() {
	let taps = 0;
	return {
		click: async (target: ReturnType<Page['getByRole']>) => {
			taps++;
			await target.click();
		},
		get taps() {
			return taps;
		}
	};
}

test('a learning session the worker attended becomes a log line in two taps', async ({ browser, page: admin }) => {
	test.slow();
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { teamId, people } = await newTeam(browser, admin, tag, ['Dewi', 'Erik']);
	const [chair, worker] = people;
	const theme = `Huisbezoek ${tag}`;
	try {
		await test.step('the voorzitter plans, starts and ends a session; both tap their attendance', async () => {
			const p = chair.page;
			await p.goto(`/team/sessies/nieuw?team=${teamId}`);
			await p.getByLabel('Thema of korte titel').fill(theme);
			await p.getByRole('checkbox', { name: worker.name }).check();
			await p.getByLabel('Inbrenger', { exact: true }).selectOption({ label: worker.name });
			await p.getByRole('button', { name: 'Sessie plannen' }).click();
			await expect(p).toHaveURL(/\/team\/sessies\/[0-9a-f-]{36}$/u);
			const path = new URL(p.url()).pathname;
			await act(chair, `${path}?/move`, { move: 'start', from: '0' });
			await act(chair, `${path}?/attend`, {});
			await act(worker, `${path}?/attend`, {});
			await act(chair, `${path}?/move`, { move: 'end', from: '0' });
		});

		const taps = tapCounter();
		await test.step('the worker sees it as a suggestion and adds it with one tap', async () => {
			const p = worker.page;
			await p.goto('/ontwikkeling/logboek');
			await expectNoAxeViolations(p);
			const card = p
				.getByRole('listitem')
				.filter({ has: p.getByRole('heading', { name: `Incidentmethode: ${theme}` }) });
			await expect(card).toContainText(`Intervisie · Team ${tag}`);
			await expect(card).toContainText(chair.name);
			await expect(card).toContainText(worker.name);
			await taps.click(card.getByRole('button', { name: 'Toevoegen' }));
			await expect(
				p.getByRole('status').filter({ hasText: `Toegevoegd aan je logboek: Incidentmethode: ${theme}.` })
			).toBeVisible();
			const row = p.getByRole('row').filter({ hasText: `Incidentmethode: ${theme}` });
			await expect(row).toContainText('Reflectie');
			// Not offered again.
			await expect(p.getByRole('heading', { name: `Incidentmethode: ${theme}` })).toHaveCount(0);
			await expectNoAxeViolations(p);
		});

		await test.step('the second tap opens the line to write a reflection; date, method, chair and participants are filled', async () => {
			const p = worker.page;
			await taps.click(p.getByRole('link', { name: 'Schrijf er een reflectie bij' }));
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Incidentmethode: ${theme}`);
			await expect(p.getByLabel('Methode of naam van de cursus')).toHaveValue('Incidentmethode');
			await expect(p.getByLabel('Voorzitter of begeleider')).toHaveValue(chair.name);
			const participants = await p.getByLabel('Deelnemers').inputValue();
			expect(participants.split('\n').sort()).toEqual([chair.name, worker.name].sort());
			await expect(p.getByLabel('Bewijs')).toHaveValue('Presentielijst in Vakspiegel');
			await expect(p.getByRole('link', { name: 'Verklaring (pdf)' })).toHaveAttribute(
				'href',
				/\/ontwikkeling\/logboek\/[0-9a-f-]{36}\/verklaring\.pdf$/u
			);
			expect(taps.taps).toBeLessThanOrEqual(2);
			await p.getByLabel('Korte reflectie').fill('Ik liet eerst de vragen komen.');
			await p.getByRole('button', { name: 'Opslaan' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'De activiteit is opgeslagen.' })).toBeVisible();
			await expect(p.getByLabel('Korte reflectie')).toHaveValue('Ik liet eerst de vragen komen.');
			await expectNoAxeViolations(p);
		});

		await test.step('the voorzitter does not find the worker’s line', async () => {
			const url = new URL(worker.page.url()).pathname;
			const res = await chair.page.request.get(url);
			expect(res.status()).toBe(404);
			await chair.page.goto('/ontwikkeling/logboek');
			// The chair has a suggestion of their own for the same session, but not the worker's line.
			await expect(chair.page.getByRole('heading', { name: `Incidentmethode: ${theme}` })).toBeVisible();
			await expect(chair.page.getByRole('row').filter({ hasText: theme })).toHaveCount(0);
		});
	} finally {
		for (const person of people) await person.context.close();
	}
});

test('a line typed by hand: a Dutch message for bad hours, nothing typed lost, then saved and deleted', async ({
	browser,
	page: admin
}) => {
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { people } = await newTeam(browser, admin, tag, ['Fleur']);
	const [{ page: p, context }] = people;
	try {
		await p.goto('/ontwikkeling/logboek/nieuw');
		await expectNoAxeViolations(p);
		await p.getByLabel('Soort activiteit').selectOption({ label: 'Training of cursus' });
		await p.getByLabel('Titel').fill(`Training ${tag}`);
		await p.getByLabel('Datum').fill('2026-11-20');
		await p.getByLabel('Netto uren').fill('anderhalf');
		await p.getByLabel('Accreditatienummer').fill('PE-12345');
		await p.getByLabel('Korte reflectie').fill('Ik oefende het eerste gesprek.');
		await p.getByLabel('Normatief').fill('Respect voor de keuze van de ander.');
		await p.getByRole('button', { name: 'Opslaan' }).click();

		await expect(p.getByRole('alert')).toContainText('Vul het aantal netto uren in als getal, bijvoorbeeld 1,5.');
		await expect(p.getByLabel('Netto uren')).toHaveAttribute('aria-invalid', 'true');
		await expect(p.getByLabel('Netto uren')).toHaveValue('anderhalf');
		await expect(p.getByLabel('Titel')).toHaveValue(`Training ${tag}`);
		await expect(p.getByLabel('Soort activiteit')).toHaveValue('training');
		await expect(p.getByLabel('Accreditatienummer')).toHaveValue('PE-12345');
		await expect(p.getByLabel('Korte reflectie')).toHaveValue('Ik oefende het eerste gesprek.');
		await expect(p.getByLabel('Normatief')).toHaveValue('Respect voor de keuze van de ander.');
		await expectNoAxeViolations(p);

		await p.getByLabel('Netto uren').fill('1,5');
		await p.getByRole('button', { name: 'Opslaan' }).click();
		await expect(p.getByRole('status').filter({ hasText: 'De activiteit is opgeslagen.' })).toBeVisible();
		await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Training ${tag}`);
		await expect(p.getByRole('main')).toContainText('1,5 uur');
		await p.getByRole('link', { name: 'Terug naar je logboek' }).click();
		const row = p.getByRole('row').filter({ hasText: `Training ${tag}` });
		await expect(row).toContainText('1,5');
		// Without a register chosen, a training with a number goes in geaccrediteerd (the social-work register).
		await expect(row).toContainText('Geaccrediteerde deskundigheidsbevordering');

		await row.getByRole('link').click();
		await p.getByRole('button', { name: 'Activiteit verwijderen' }).click();
		await expect(p.getByRole('status').filter({ hasText: 'De activiteit is uit je logboek gehaald.' })).toBeVisible();
		await expect(p.getByRole('row').filter({ hasText: `Training ${tag}` })).toHaveCount(0);
	} finally {
		await context.close();
	}
});

test('the progress view measures the log against the SKJ table and names the rule not met', async ({
	browser,
	page: admin
}) => {
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { people } = await newTeam(browser, admin, tag, ['Gijs']);
	const [{ page: p, context }] = people;
	const year = new Date().getFullYear();
	try {
		await p.goto('/ontwikkeling/voortgang');
		await expect(p.getByText('Kies eerst je register')).toBeVisible();
		await expectNoAxeViolations(p);
		await p.getByRole('radio', { name: 'Kwaliteitsregister Jeugd (SKJ)' }).check();
		await p.getByLabel('Eerste dag van je periode').fill(`${year + 1}-01-01`);
		await p.getByRole('button', { name: 'Opslaan' }).click();
		await expect(p.getByRole('alert')).toContainText('De periode begint vandaag of eerder');
		await expect(p.getByRole('radio', { name: 'Kwaliteitsregister Jeugd (SKJ)' })).toBeChecked();
		await p.getByLabel('Eerste dag van je periode').fill(`${year}-01-01`);
		await p.getByRole('button', { name: 'Opslaan' }).click();
		await expect(p.getByRole('status')).toContainText('Je register en periode zijn opgeslagen.');

		// A 45-minute intervisie and ten hours of reading, typed by hand.
		for (const [kind, title, hours] of [
			['Intervisie', `Korte intervisie ${tag}`, '0:45'],
			['Lezen', `Vakboek ${tag}`, '10']
		]) {
			await p.goto('/ontwikkeling/logboek/nieuw');
			await p.getByLabel('Soort activiteit').selectOption({ label: kind });
			await p.getByLabel('Titel').fill(title);
			await p.getByLabel('Datum').fill(`${year}-01-15`);
			await p.getByLabel('Netto uren').fill(hours);
			await p.getByRole('button', { name: 'Opslaan' }).click();
			await expect(p.getByRole('status').filter({ hasText: 'De activiteit is opgeslagen.' })).toBeVisible();
			// The line itself says why it does not count.
			await expect(p.getByRole('status').filter({ hasText: 'telt niet mee' })).toHaveCount(
				kind === 'Intervisie' ? 1 : 0
			);
		}

		await p.goto('/ontwikkeling/voortgang');
		await expect(p.getByRole('main')).toContainText('Je register: Kwaliteitsregister Jeugd (SKJ).');
		await expect(p.getByRole('main')).toContainText(/Nog \d+ dagen in deze periode\./u);
		const cells = async (key: string) =>
			(await p.getByTestId(`categorie-${key}`).getByRole('cell').allTextContents()).map((t) => t.trim());
		expect(await cells('scholing')).toEqual(['0', '60', '60']);
		expect(await cells('reflectie')).toEqual(['0', '50', '50']);
		expect(await cells('vrije_ruimte')).toEqual(['10', '50', '40']);
		const warnings = p.getByTestId('warnings');
		await expect(warnings).toContainText(
			`'Korte intervisie ${tag}' (15 januari ${year}) telt niet mee: de bijeenkomst duurde 45 minuten. Het register vraagt minstens 60 minuten.`
		);
		await expect(warnings).toContainText('Reflectie: je hebt nog 50 uur nodig.');
		await expect(p.getByRole('main')).toContainText(
			'Een reflectiebijeenkomst telt alleen als hij minstens 60 minuten duurt.'
		);
		await expect(p.getByRole('main')).toContainText('Pauzes, ontvangst en reistijd tellen niet mee.');
		await expectNoAxeViolations(p);

		await warnings.getByRole('link', { name: `Open 'Korte intervisie ${tag}'` }).click();
		await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Korte intervisie ${tag}`);
	} finally {
		await context.close();
	}
});

test('the admin sets the social-work register’s numbers; a bad number gets a Dutch message', async ({ page }) => {
	await signInByRequest(page, 'admin');
	await page.goto('/beheer/registers');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aantallen van registers');
	await expect(page.getByRole('status').first()).toContainText(
		'controleer deze aantallen altijd in het registratiereglement'
	);
	// Only the register Vakspiegel ships with numbers to check, not SKJ.
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Register Sociaal Werkers (Registerplein)']);
	await expectNoAxeViolations(page);
	await page.getByLabel('Minimum in uren voor Reflectie').fill('veertig');
	await page.getByLabel('Maximum in uren voor Overige deskundigheidsbevordering').fill('35');
	await page.getByRole('button', { name: 'Aantallen opslaan' }).click();
	await expect(page.getByRole('alert')).toContainText('Vul een heel aantal uren in, van 0 tot 1000.');
	await expect(page.getByLabel('Minimum in uren voor Reflectie')).toHaveValue('veertig');
	await expect(page.getByLabel('Maximum in uren voor Overige deskundigheidsbevordering')).toHaveValue('35');
	await expectNoAxeViolations(page);
});

// Once (JS on): the demo organisation's numbers are shared by every test running at the same time.
test('the admin’s numbers count in a worker’s progress, and go back to the defaults @once', async ({
	browser,
	page: admin
}) => {
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { people } = await newTeam(browser, admin, tag, ['Hanna']);
	const [{ page: p, context }] = people;
	try {
		await admin.goto('/beheer/registers');
		await admin.getByLabel('Minimum in uren voor Reflectie').fill('44');
		await admin.getByRole('button', { name: 'Aantallen opslaan' }).click();
		await expect(admin.getByRole('status').filter({ hasText: 'De aantallen zijn opgeslagen.' })).toBeVisible();
		await expect(admin.getByRole('main')).toContainText('Laatst gewijzigd op');

		await p.goto('/ontwikkeling/voortgang');
		await p.getByRole('radio', { name: 'Register Sociaal Werkers (Registerplein)' }).check();
		await p.getByLabel('Eerste dag van je periode').fill(`${new Date().getFullYear()}-01-01`);
		await p.getByRole('button', { name: 'Opslaan' }).click();
		await expect(p.getByRole('status')).toContainText('Je register en periode zijn opgeslagen.');
		expect(
			(await p.getByTestId('categorie-reflectie').getByRole('cell').allTextContents()).map((t) => t.trim())
		).toEqual(['0', '44', '44', '–']);
	} finally {
		await admin.goto('/beheer/registers');
		await admin.getByRole('button', { name: 'Terug naar de standaardwaarden' }).click();
		await expect(
			admin.getByRole('status').filter({ hasText: 'De standaardwaarden van Vakspiegel gelden weer.' })
		).toBeVisible();
		await context.close();
	}
});
