import { expect, test } from '@playwright/test';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { createMember, openMemberPage } from './fixtures/members';
import { unique } from './fixtures/unique';

// Issue 14, item 9: the home page says what to do next, each with a link to where it is done.

test("the demo worker's home page shows a released group and a call-back request, each with its link", async ({
	page
}) => {
	await signInByRequest(page, 'worker');
	await page.goto('/');
	const next = page.getByRole('region', { name: 'Wat staat er klaar' });
	const mirror = next
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: /^Reacties in je spiegel/ }) });
	const callBack = next.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Terugbellen' }) });

	await test.step('a released group: how many reactions and the day, and the way to the mirror', async () => {
		await expect(mirror).toContainText(/De laatste groep \(\d+ reacties\) kwam op \d+ \w+ \d{4}\./);
		await expect(mirror.getByRole('link', { name: 'Bekijk je spiegel' })).toHaveAttribute('href', '/feedback');
	});

	await test.step('a call-back request: a count, and a link to the names further down the page', async () => {
		await expect(callBack).toContainText(/\d+ inwoners? vra(agt|gen) om een gesprek met je\./);
		await callBack.getByRole('link', { name: 'Bekijk wie je kunt bellen' }).click();
		await expect(page).toHaveURL(/#verzoeken-om-contact$/);
		await expect(page.getByRole('region', { name: 'Verzoeken om contact' })).toContainText('Fatima (demo)');
		// Roles and teams stay, lower on the page.
		await expect(page.getByRole('heading', { name: 'Je rollen', level: 2 })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	await test.step('after a look at the mirror, nothing there is new any more', async () => {
		await mirror.getByRole('link', { name: 'Bekijk je spiegel' }).click();
		await expect(page).toHaveURL('/feedback');
		await page.goto('/');
		await expect(mirror).toContainText('Geen nieuwe reacties sinds je laatst keek.');
		await expect(mirror.getByRole('heading')).toHaveText('Reacties in je spiegel');
	});
});

test('a new worker sees the first steps, and a team of one says "1 lid"', async ({ page, browser }, testInfo) => {
	test.slow();
	const teamName = `Team ${unique(testInfo)}`;
	const admin = await browser.newContext();
	let member;
	try {
		const adminPage = await admin.newPage();
		await signInByRequest(adminPage, 'admin');
		await adminPage.goto('/beheer/teams');
		const createForm = adminPage.locator('form').filter({ has: adminPage.getByRole('button', { name: 'Team maken' }) });
		await createForm.getByLabel('Naam van het team').fill(teamName);
		await createForm.getByRole('button', { name: 'Team maken' }).click();
		await expect(adminPage.getByRole('status')).toHaveText('Opgeslagen.');
		member = await createMember(adminPage, browser, testInfo);
		await openMemberPage(adminPage, member.email);
		await adminPage.getByRole('checkbox', { name: teamName }).check();
		await adminPage.getByRole('button', { name: 'Opslaan' }).click();
		await expect(adminPage.getByRole('status')).toHaveText('Opgeslagen.');
	} finally {
		await admin.close();
	}
	await signInByRequestWith(page, member.email, member.password);
	await page.goto('/');

	const next = page.getByRole('region', { name: 'Wat staat er klaar' });
	await expect(next.getByRole('heading', { name: 'Zo begin je' })).toBeVisible();
	const steps = next.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zo begin je' }) });
	await expect(steps.getByRole('link')).toHaveText(['Vraag inwoners om feedback', 'Probeer Mijn eigen netwerk']);
	await expect(steps.getByRole('link').first()).toHaveAttribute('href', '/feedback/verzoeken');
	await expect(steps.getByRole('link').last()).toHaveAttribute('href', '/netwerk');
	// Nothing to show for a new worker: no mirror, no call-back requests.
	await expect(next.getByRole('heading', { name: /Reacties in je spiegel|Terugbellen/ })).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: teamName })).toHaveText(
		`${teamName} (1 lid)`
	);
	await expectNoAxeViolations(page);

	await steps.getByRole('link', { name: 'Vraag inwoners om feedback' }).click();
	await expect(page).toHaveURL('/feedback/verzoeken');
});

test('the facilitator sees their running advice sessions, the admin the open invitations @once', async ({
	page,
	browser
}) => {
	await signInByRequest(page, 'facilitator');
	await page.goto('/');
	const sessions = page
		.getByRole('region', { name: 'Wat staat er klaar' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Je adviesvangen-sessies' }) });
	await expect(sessions.getByRole('link').first()).toHaveAttribute('href', /^\/adviesvangen\/[0-9a-f-]{36}$/);
	await expect(sessions).toContainText('Stap: ');

	const admin = await browser.newContext();
	try {
		const adminPage = await admin.newPage();
		await signInByRequest(adminPage, 'admin');
		await adminPage.goto('/');
		const next = adminPage.getByRole('region', { name: 'Wat staat er klaar' });
		// No mirror or casussen for an admin without the worker role.
		await expect(next.getByRole('heading', { name: /Reacties in je spiegel|Acties in je casussen/ })).toHaveCount(0);
		await expect(next).toContainText(/uitnodiging|Er staat nu niets voor je klaar\./);
	} finally {
		await admin.close();
	}
});
