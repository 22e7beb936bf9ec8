import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { unique } from './fixtures/unique';

// Issue 16: a learning group across teams. A coach makes a leergroep with a member of another team;
// that member plans and runs a session for the group (the coach follows the phases); a colleague in
// the coach's own team who is not in the group gets "not found". JavaScript on and off.

const jsOn = () => test.info().project.use.javaScriptEnabled !== false;

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
		await page.screenshot({ path: `${dir}/groep-${name}-${w}-${js}.png`, fullPage: true });
	}
	if (size) await page.setViewportSize(size);
}

/** Two new teams and three new people (through the admin's real forms), each signed in in a context of their own. */
async function twoTeams(browser: Browser, admin: Page, tag: string) {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	const headers = { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
	const teamIds: string[] = [];
	for (const teamName of [`Team Oost ${tag}`, `Team West ${tag}`]) {
		const made = await admin.request.post('/beheer/teams?/create', {
			headers,
			data: new URLSearchParams({ name: teamName, description: '' }).toString()
		});
		expect(made.status()).toBe(200);
		const teams = await (await admin.request.get('/beheer/teams')).text();
		teamIds.push(/name="teamId" value="([0-9a-f-]{36})"/u.exec(teams.slice(teams.indexOf(teamName)))![1]);
	}
	const person = async (first: string, roles: string[], teamId: string) => {
		const name = `${first} ${tag}`;
		const email = `${first.toLowerCase()}-${tag}@e2e.vakspiegel.example`.toLowerCase();
		const body = new URLSearchParams({ email, teamIds: teamId });
		for (const role of roles) body.append('roles', role);
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
		return { name, context, page };
	};
	return {
		coach: await person('Coby', ['coach', 'worker'], teamIds[0]),
		member: await person('Daan', ['worker'], teamIds[1]),
		outsider: await person('Eva', ['worker'], teamIds[0])
	};
}

test('a coach makes a group across teams; a member of another team runs its session; others get not found', async ({
	browser,
	page: admin
}) => {
	test.slow();
	const tag = unique(test.info());
	await signInByRequest(admin, 'admin');
	const { coach, member, outsider } = await twoTeams(browser, admin, tag);
	const groupName = `Intervisie ${tag}`;
	let groupPath = '';
	let sessionPath = '';

	try {
		await test.step('the coach makes the group: a missing name is refused, nothing typed is lost', async () => {
			const p = coach.page;
			await p.goto('/team/groepen');
			await expect(p.getByRole('heading', { level: 1 })).toHaveText('Leergroepen');
			await expect(p.getByText('Je zit nog niet in een leergroep.')).toBeVisible();
			await p.getByRole('checkbox', { name: new RegExp(member.name, 'u') }).check();
			await expectNoAxeViolations(p);
			await shots(p, 'lijst');
			await p.getByRole('button', { name: 'Leergroep maken' }).click();
			await expect(p.getByRole('alert')).toContainText('Geef de groep een naam.');
			await expect(p.getByRole('checkbox', { name: new RegExp(member.name, 'u') })).toBeChecked();
			await p.getByLabel('Naam van de groep').fill(groupName);
			await p.getByRole('button', { name: 'Leergroep maken' }).click();
			await expect(p).toHaveURL(/\/team\/groepen\/[0-9a-f-]{36}$/u);
			groupPath = new URL(p.url()).pathname;
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(groupName);
			await expect(p.getByRole('listitem').filter({ hasText: `${member.name} · Team West ${tag}` })).toBeVisible();
			await expectNoAxeViolations(p);
			await shots(p, 'groep');
		});

		await test.step('the member of the other team plans a session for the group', async () => {
			const p = member.page;
			await p.goto('/team');
			await p.getByRole('link', { name: groupName }).click();
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(groupName);
			// Only a coach or admin changes the group.
			await expect(p.getByRole('heading', { name: 'Groep wijzigen' })).toHaveCount(0);
			await p.getByRole('link', { name: 'Nieuwe sessie plannen' }).click();
			await expect(p.getByText(`Deze sessie is voor de leergroep ${groupName}.`)).toBeVisible();
			await p.getByRole('radio', { name: /Leersessie/u }).check();
			await p.getByLabel('Thema of korte titel').fill(`Nieuw in de wijk ${tag}`);
			const chair = p.getByLabel('Voorzitter');
			await chair.selectOption((await chair.locator('option', { hasText: member.name }).getAttribute('value'))!);
			await p.getByRole('checkbox', { name: coach.name }).check();
			await expectNoAxeViolations(p);
			await shots(p, 'sessie-plannen');
			await p.getByRole('button', { name: 'Sessie plannen' }).click();
			await expect(p).toHaveURL(/\/team\/sessies\/[0-9a-f-]{36}$/u);
			sessionPath = new URL(p.url()).pathname;
			await expect(p.getByRole('heading', { level: 1 })).toContainText(`Nieuw in de wijk ${tag}`);
			await expect(p.getByRole('link', { name: 'Naar de leergroep' })).toHaveAttribute('href', groupPath);
		});

		await test.step('the voorzitter runs the phases; the coach follows and taps attendance', async () => {
			await coach.page.goto(groupPath);
			await coach.page.getByRole('link', { name: new RegExp(`Nieuw in de wijk ${tag}`, 'u') }).click();
			await member.page.getByRole('button', { name: 'Sessie starten' }).click();
			await expect(member.page.getByTestId('phase-status')).toContainText('Fase 1 van');
			if (!jsOn()) await coach.page.reload();
			await expect(coach.page.getByTestId('phase-status')).toContainText('Fase 1 van', { timeout: 2_000 });
			await member.page.getByRole('button', { name: 'Volgende fase' }).click();
			await expect(member.page.getByTestId('phase-status')).toContainText('Fase 2 van');
			if (!jsOn()) await coach.page.reload();
			await expect(coach.page.getByTestId('phase-status')).toContainText('Fase 2 van', { timeout: 2_000 });
			await coach.page.getByRole('button', { name: 'Ik ben erbij' }).click();
			await expect(coach.page.getByTestId('present')).toBeVisible();
		});

		await test.step('a colleague in the coach’s own team who is not in the group gets not found', async () => {
			const p = outsider.page;
			for (const path of [groupPath, sessionPath, `/team/sessies/nieuw?groep=${groupPath.split('/').at(-1)}`]) {
				const response = await p.goto(path);
				expect(response?.status(), path).toBe(404);
			}
			await p.goto('/team/groepen');
			await expect(p.getByRole('link', { name: groupName })).toHaveCount(0);
			// Not a coach or an admin: no form to make a group.
			await expect(p.getByRole('button', { name: 'Leergroep maken' })).toHaveCount(0);
		});
	} finally {
		for (const person of [coach, member, outsider]) await person.context.close();
	}
});
