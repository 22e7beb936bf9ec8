import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { demoUser } from './fixtures/demo';
import { postResponse } from './fixtures/http';
import { createMember, openMemberPage } from './fixtures/members';
import { unique } from './fixtures/unique';

test.beforeEach(async ({ page }) => {
	await signInByRequest(page, 'admin');
});

test('the admin menu leads to every admin page @once', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
	await expect(page).toHaveURL('/beheer');
	const sub = page.getByRole('navigation', { name: 'Beheer' });
	for (const [link, heading] of [
		['Teams', 'Teams'],
		['Leden', 'Leden'],
		['Uitnodigingen', 'Uitnodigingen'],
		['Registers', 'Aantallen van registers'],
		['Logboek', 'Logboek'],
		['Instellingen', 'Instellingen van de organisatie']
	]) {
		await sub.getByRole('link', { name: link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(sub.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
	}
});

test('organisation settings: a batch size of 2 is refused (3 is the floor), a valid one is saved @once', async ({
	page
}) => {
	await page.goto('/beheer');
	const batch = page.getByLabel('Aantal reacties per keer');
	const retention = page.getByLabel('Afgesloten casussen (netwerk), in maanden');
	const feedbackRetention = page.getByLabel('Reacties van inwoners, in maanden');
	const auditRetention = page.getByLabel('Logboek, in maanden');

	await batch.fill('2');
	const refused = await postResponse(page, '/beheer', () => page.getByRole('button', { name: 'Opslaan' }).click());
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Kies een heel getal van 3 tot en met 20.');
	await expect(batch).toHaveAttribute('aria-invalid', 'true');
	await expect(batch).toHaveValue('2');

	await test.step('a retention period of 0 months is refused; what was typed stays', async () => {
		await batch.fill('3');
		await feedbackRetention.fill('0');
		const r = await postResponse(page, '/beheer', () => page.getByRole('button', { name: 'Opslaan' }).click());
		expect(r.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Kies een heel getal van 1 tot en met 120.');
		await expect(feedbackRetention).toHaveAttribute('aria-invalid', 'true');
		await expect(feedbackRetention).toHaveValue('0');
	});

	// Both projects write the same values (they share the demo organisation and may run at the same
	// time); 3 is the default other flows expect, 36 differs from the default retention of 12.
	await batch.fill('3');
	await retention.fill('36');
	await feedbackRetention.fill('30');
	await auditRetention.fill('36');
	const saved = await postResponse(page, '/beheer', () => page.getByRole('button', { name: 'Opslaan' }).click());
	expect(saved.status()).toBe(200);
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
	await expect(page.getByRole('alert')).toHaveCount(0);

	await page.goto('/beheer');
	await expect(batch).toHaveValue('3');
	await expect(retention).toHaveValue('36');
	await expect(feedbackRetention).toHaveValue('30');
	await expect(auditRetention).toHaveValue('36');
	await expect(page.getByLabel('Tips bij adviesvangen, in maanden')).toHaveValue('12');
	await expect(page.getByLabel('Reacties op de beroepscode, in maanden')).toHaveValue('12');
	await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Wijkteam Voorbeeldstad (demo)');
});

function teamCard(page: Page, name: string) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('a team is created, renamed and deleted @once', async ({ page }, testInfo) => {
	const name = `E2E team ${unique(testInfo)}`;
	const renamed = `${name} hernoemd`;
	await page.goto('/beheer/teams');

	const createForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Team maken' }) });
	await createForm.getByLabel('Naam van het team').fill(name);
	await createForm.getByLabel('Omschrijving').fill('Gemaakt door de browsertest.');
	await createForm.getByRole('button', { name: 'Team maken' }).click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
	const card = teamCard(page, name);
	await expect(card).toContainText('0 leden');
	await expect(createForm.getByLabel('Naam van het team')).toHaveValue('');

	await card.locator('summary').click();
	await card.getByLabel('Naam van het team').fill(renamed);
	await card.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
	await expect(teamCard(page, renamed)).toHaveCount(1);
	await expect(teamCard(page, name)).toHaveCount(0);

	const renamedCard = teamCard(page, renamed);
	await renamedCard.locator('summary').click();
	// The button names the team, so a screen reader user hears which one (WCAG 2.4.6).
	const remove = renamedCard.getByRole('button', { name: /verwijderen$/ });
	await expect(remove).toContainText(renamed);
	await remove.click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
	await expect(teamCard(page, renamed)).toHaveCount(0);
	await expect(teamCard(page, 'Team Noord')).toHaveCount(1);
});

test('a team without a name is refused with a Dutch message @once', async ({ page }) => {
	await page.goto('/beheer/teams');
	const createForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Team maken' }) });
	const response = await postResponse(page, '/beheer/teams', () =>
		createForm.getByRole('button', { name: 'Team maken' }).click()
	);
	expect(response.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Vul dit veld in.');
	await expect(createForm.getByLabel('Naam van het team')).toHaveAttribute('aria-invalid', 'true');
});

test("a member's roles are changed, but never to none @once", async ({ page, browser }, testInfo) => {
	const member = await createMember(page, browser, testInfo);
	await page.goto('/beheer/leden');
	const row = page.getByRole('row').filter({ hasText: member.email });
	await expect(row).toContainText('Sociaal werker');
	const memberPath = await openMemberPage(page, member.email);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(member.name);

	await page.getByRole('checkbox', { name: 'Sociaal werker' }).uncheck();
	const refused = await postResponse(page, memberPath, () => page.getByRole('button', { name: 'Opslaan' }).click());
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Kies minimaal één rol.');

	await page.getByRole('checkbox', { name: 'Sociaal werker' }).check();
	await page.getByRole('checkbox', { name: 'Teamcoach' }).check();
	await page.getByRole('checkbox', { name: 'Team Zuid' }).check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');

	await page.goto(memberPath);
	await expect(page.getByRole('checkbox', { name: 'Sociaal werker' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Teamcoach' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Beheerder' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Team Zuid' })).toBeChecked();
	await page.goto('/beheer/leden');
	await expect(row).toContainText('Sociaal werker, Teamcoach');
	await expect(row).toContainText('Team Zuid');
});

test('the last admin cannot lose the admin role @once', async ({ page }) => {
	const admin = demoUser('admin');
	const memberPath = await openMemberPage(page, admin.email);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(admin.name);

	await page.getByRole('checkbox', { name: 'Sociaal werker' }).check();
	await page.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
	const response = await postResponse(page, memberPath, () => page.getByRole('button', { name: 'Opslaan' }).click());
	expect(response.status()).toBeGreaterThanOrEqual(400);
	expect(response.status()).toBeLessThan(500);
	await expect(page.getByRole('alert')).toContainText('Er moet minstens één beheerder blijven.');

	await page.goto(memberPath);
	await expect(page.getByRole('checkbox', { name: 'Beheerder' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Sociaal werker' })).not.toBeChecked();
});

test('the audit log lists what the admin did @once', async ({ page }, testInfo) => {
	const admin = demoUser('admin');
	await page.goto('/beheer/teams');
	const createForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Team maken' }) });
	await createForm.getByLabel('Naam van het team').fill(`Logboekteam ${unique(testInfo)}`);
	await createForm.getByRole('button', { name: 'Team maken' }).click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');

	await page.goto('/beheer/auditlog');
	const table = page.getByRole('table', { name: 'Logboek' });
	await expect(table.getByRole('columnheader')).toHaveText(['Wanneer', 'Wie', 'Wat']);
	await expect(
		table.getByRole('row').filter({ hasText: 'Team gemaakt' }).filter({ hasText: admin.email }).first()
	).toBeVisible();
	expect(await table.getByRole('row').count()).toBeGreaterThan(1);
});
