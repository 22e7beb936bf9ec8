import { expect, test, type Page } from '@playwright/test';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';

// The team mirror (issue 16). The demo seed gives Team Noord enough answers across its workers for
// the last finished quarters, and Team Zuid two workers only (seed-demo-team-mirror.ts): shown above
// the thresholds, hidden below them.
const DEMO_COLLEAGUES = ['Demo: Fatima', 'Demo: Joris', 'Demo: Noor'];

async function teamIdOf(page: Page): Promise<string> {
	return (await page.locator('input[name="teamId"]').first().getAttribute('value')) ?? '';
}

test('Team Noord sees its residents and itself together, never per worker; a worker shares one question and stops', async ({
	page,
	browser
}, testInfo) => {
	const js = testInfo.project.name === 'js-on';
	// Each project shares a question of its own, so the two runs never wait on each other's share.
	const question = js ? 'Respect' : 'Tijd en aandacht';
	const main = page.getByRole('main');
	await signInByRequest(page, 'worker');
	await page.goto('/team/spiegel');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teamspiegel · Team Noord');
	const quarter = main.locator('section.quarter').first();
	await expect(quarter).toContainText(/\d+ reacties van inwoners/);
	await expect(quarter.getByRole('columnheader', { name: 'Inwoners' })).toBeVisible();
	await expect(quarter.getByRole('columnheader', { name: 'Jullie zelf' })).toBeVisible();
	await expect(quarter.getByRole('rowheader', { name: 'Respect' })).toBeVisible();
	// Quarters show: the explanation does not ask "why do I see nothing?".
	await expect(main.getByText('Waarom zie ik niet elk kwartaal?')).toBeVisible();
	await expect(main.getByText('Waarom zie ik niets?')).toHaveCount(0);
	await expect(quarter.getByRole('heading', { name: 'Wat gaat goed, volgens inwoners' })).toBeVisible();
	await expect(quarter.getByRole('listitem').first()).toBeVisible();
	// No colleague is named in the team's figures.
	for (const name of [...DEMO_COLLEAGUES, 'Sanne', 'Ahmed']) await expect(quarter).not.toContainText(name);
	await expectNoAxeViolations(page);

	await page.getByRole('radio', { name: `Eén vraag: ${question}` }).check();
	await page.getByRole('button', { name: 'Delen met Team Noord' }).click();
	await expect(page.getByRole('status')).toContainText('Gedeeld.');
	const shared = main.getByRole('article').filter({ hasText: `Sanne de Vries deelt de vraag: ${question}` });
	await expect(shared).toBeVisible();

	// Quotes from her own released feedback, chosen by her, shown with her share.
	const choose = shared.getByRole('group', { name: 'Uitspraken uit je eigen feedback' });
	if (!(await choose.isVisible())) await shared.getByText('Kies uitspraken om te delen').click();
	const first = choose.getByRole('checkbox').first();
	const label = (await choose.locator('label').first().textContent())!.trim();
	const quote = label.slice(label.indexOf('“') + 1, label.lastIndexOf('”'));
	await first.check();
	await shared.getByRole('button', { name: 'Uitspraken opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Je keuze is opgeslagen.');
	const sharedNow = main.getByRole('article').filter({ hasText: `Sanne de Vries deelt de vraag: ${question}` });
	await expect(sharedNow.getByTestId('shared-quotes')).toContainText(quote);
	await expectNoAxeViolations(page);

	const coachContext = await browser.newContext();
	const coach = await coachContext.newPage();
	await signInByRequest(coach, 'coach');
	await coach.goto('/team/spiegel');
	await expect(coach.getByRole('heading', { name: `Sanne de Vries deelt de vraag: ${question}` })).toBeVisible();
	await expect(
		coach
			.getByRole('article')
			.filter({ hasText: `Sanne de Vries deelt de vraag: ${question}` })
			.getByTestId('shared-quotes')
	).toContainText(quote);
	// Only the worker who shares can stop it.
	await expect(
		coach
			.getByRole('article')
			.filter({ hasText: `Sanne de Vries deelt de vraag: ${question}` })
			.getByRole('button', { name: 'Stop met delen' })
	).toHaveCount(0);

	await shared.getByRole('button', { name: 'Stop met delen' }).click();
	await expect(page.getByRole('status')).toContainText('Je deelt dit niet meer.');
	await coach.reload();
	await expect(coach.getByRole('heading', { name: `Sanne de Vries deelt de vraag: ${question}` })).toHaveCount(0);
	await coachContext.close();
});

test('Team Zuid has too few workers: nothing shows, and the page says why', async ({ page }) => {
	await signInByRequest(page, 'facilitator');
	await page.goto('/team/spiegel');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teamspiegel · Team Zuid');
	const main = page.getByRole('main');
	await expect(main).toContainText('Er is nog geen kwartaal te zien.');
	await expect(main.getByText('Waarom zie ik niets?')).toBeVisible();
	await expect(main).toContainText("minstens 5 reacties van inwoners zijn, over minstens 3 collega's samen");
	await expect(main).toContainText('Niet te zien (te weinig reacties of collega');
	await expect(main.locator('section.quarter')).toHaveCount(0);
	await expect(main.getByRole('table')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('no one outside Team Noord opens its mirror: another team, the admin, another organisation @once', async ({
	page,
	browser
}) => {
	await signInByRequest(page, 'worker');
	await page.goto('/team/spiegel');
	const teamId = await teamIdOf(page);
	expect(teamId).toMatch(/^[0-9a-f-]{36}$/);
	const otherOrg = demo().otherOrganisation;
	const askAs = async (signIn: (p: Page) => Promise<void>) => {
		const context = await browser.newContext();
		const p = await context.newPage();
		await signIn(p);
		const statuses = [
			(await p.request.get(`/team/spiegel?team=${teamId}`)).status(),
			(await p.request.get('/team/spiegel?team=geen-team')).status()
		];
		await context.close();
		return statuses;
	};
	expect(await askAs((p) => signInByRequest(p, 'facilitator'))).toEqual([404, 404]);
	expect(await askAs((p) => signInByRequest(p, 'admin'))).toEqual([404, 404]);
	expect(await askAs((p) => signInByRequestWith(p, otherOrg.email, otherOrg.password))).toEqual([404, 404]);
	// The team's coach does open it.
	expect((await askAs((p) => signInByRequest(p, 'coach')))[0]).toBe(200);
});
