import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fillSignIn, signInByRequest, signInByRequestWith } from './fixtures/auth';
import { demo, demoUser } from './fixtures/demo';
import { postResponse } from './fixtures/http';
import { createInvitationLink, createMember, openMemberPage } from './fixtures/members';
import { createCaseByRequest } from './fixtures/network';
import { unique, uniqueEmail } from './fixtures/unique';

// Security review, issue 12: account takeover through resets (findings 2 and 3), open redirects
// (10), what the invitation page gives away (16), crafted input (13, 17).

const origin = () => new URL(test.info().project.use.baseURL!).origin;
const formHeaders = () => ({ origin: origin(), accept: 'text/html' });

async function post(request: APIRequestContext, path: string, form: Record<string, string>) {
	return request.post(path, { form, headers: formHeaders(), maxRedirects: 0 });
}

/** As the admin on a member's page: makes a reset link and returns it. */
async function makeResetLink(adminPage: Page, email: string): Promise<string> {
	await openMemberPage(adminPage, email);
	await adminPage.getByRole('button', { name: 'Link voor nieuw wachtwoord maken' }).click();
	const link = await adminPage.getByLabel('Link voor een nieuw wachtwoord').inputValue();
	expect(link).toMatch(/\/wachtwoord\/[^/]+$/);
	return link;
}

async function choosePassword(page: Page, link: string, password: string): Promise<void> {
	await page.goto(link);
	await page.getByLabel('Nieuw wachtwoord').fill(password);
	await page.getByLabel('Herhaal het wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page).toHaveURL('/inloggen?wachtwoord=1');
}

test("an admin who resets a worker's password cannot read their feedback or casussen, and the worker sees it", async ({
	page,
	browser
}, testInfo) => {
	const admin = demoUser('admin');
	const adminContext = await browser.newContext();
	const attackerContext = await browser.newContext();
	try {
		const adminPage = await adminContext.newPage();
		await signInByRequest(adminPage, 'admin');
		const member = await createMember(adminPage, browser, testInfo);
		await signInByRequestWith(page, member.email, member.password);
		const casePath = await createCaseByRequest(page, `K.${unique(testInfo)}`, ['Karim']);

		// The admin makes a link, uses it and signs in as the worker.
		const link = await makeResetLink(adminPage, member.email);
		const attacker = await attackerContext.newPage();
		const takenOver = `overgenomen ${unique(testInfo)}`;
		await choosePassword(attacker, link, takenOver);
		await signInByRequestWith(attacker, member.email, takenOver);
		for (const path of [
			'/feedback',
			'/feedback/export.csv',
			'/feedback/export.pdf',
			casePath,
			`${casePath}/export.csv`,
			`${casePath}/export.json`,
			`${casePath}/print`
		]) {
			const response = await attacker.request.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(303);
			expect(response.headers()['location'], path).toMatch(/^\/wachtwoord-hersteld\?terug=/);
			expect(await response.text(), path).not.toContain('Karim');
		}
		// The home page shows nothing of the mirror or the casussen either (not even first steps), only the way to unlock.
		const home = await (await attacker.request.get('/')).text();
		expect(home).toContain('Je feedback en je casussen zijn op slot');
		expect(home).not.toContain('Zo begin je');
		const added = await post(attacker.request, `${casePath}?/add`, { name: 'Indringer' });
		expect(added.status()).toBe(303);
		expect(added.headers()['location']).toMatch(/^\/wachtwoord-hersteld/);

		// The worker gets a second link from the admin (their own password no longer works) and, at
		// sign-in, sees both links with who made them: the first one they never asked for.
		const second = await makeResetLink(adminPage, member.email);
		const own = `weer van mij ${unique(testInfo)}`;
		await page.context().clearCookies();
		await choosePassword(page, second, own);
		await page.goto(`/inloggen?terug=${encodeURIComponent(casePath)}`);
		await fillSignIn(page, member.email, own);
		await expect(page).toHaveURL(/\/wachtwoord-hersteld\?terug=/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je wachtwoord is opnieuw ingesteld');
		await expect(page.getByRole('status')).toContainText('Je feedback en je casussen zijn op slot.');
		const made = page.getByRole('listitem').filter({ hasText: `link gemaakt door ${admin.name} (${admin.email})` });
		await expect(made).toHaveCount(2);
		await page.getByRole('button', { name: 'Ik heb dit gezien. Open mijn feedback en casussen' }).click();
		await expect(page).toHaveURL(casePath);
		await expect(page.getByRole('main')).toContainText('Karim');
	} finally {
		await adminContext.close();
		await attackerContext.close();
	}
});

test('an admin cannot reset the password of a member who also belongs to another organisation', async ({
	page,
	browser
}, testInfo) => {
	const other = demo().otherOrganisation;
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);

	const otherContext = await browser.newContext();
	const memberContext = await browser.newContext();
	try {
		const otherAdmin = await otherContext.newPage();
		await signInByRequestWith(otherAdmin, other.email, other.password);
		const link = await createInvitationLink(otherAdmin, member.email);
		const memberPage = await memberContext.newPage();
		await signInByRequestWith(memberPage, member.email, member.password);
		await memberPage.goto(link);
		await memberPage.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
		await expect(memberPage).toHaveURL('/');
		// Neither admin may now make a link: it would open the other organisation too.
		for (const adminPage of [otherAdmin, page]) {
			await openMemberPage(adminPage, member.email);
			const response = await postResponse(adminPage, new URL(adminPage.url()).pathname, () =>
				adminPage.getByRole('button', { name: 'Link voor nieuw wachtwoord maken' }).click()
			);
			expect(response.status()).toBe(403);
			await expect(adminPage.getByRole('alert')).toContainText('Deze persoon hoort ook bij een andere organisatie.');
			await expect(adminPage.getByLabel('Link voor een nieuw wachtwoord')).toHaveCount(0);
		}
	} finally {
		await otherContext.close();
		await memberContext.close();
	}
});

test('the invitation page looks the same whether or not the address has an account @once', async ({
	page,
	browser
}, testInfo) => {
	const other = demo().otherOrganisation;
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);
	const fresh = uniqueEmail(testInfo, 'nog-geen-account');

	const otherContext = await browser.newContext();
	try {
		const otherAdmin = await otherContext.newPage();
		await signInByRequestWith(otherAdmin, other.email, other.password);
		const existingLink = await createInvitationLink(otherAdmin, member.email);
		const freshLink = await createInvitationLink(otherAdmin, fresh);
		// What the admin who made the links sees when they open them: the same page, word for word.
		const seen = async (link: string, email: string) => {
			await otherAdmin.goto(link);
			return (await otherAdmin.getByRole('main').innerHTML()).replaceAll(email, 'ADRES');
		};
		expect(await seen(existingLink, member.email)).toBe(await seen(freshLink, fresh));
		await expect(otherAdmin.getByLabel('Wachtwoord', { exact: true })).toBeVisible();

		// Only the account's own password accepts it for an existing account.
		await otherContext.clearCookies();
		await otherAdmin.goto(existingLink);
		await otherAdmin.getByLabel('Naam').fill('Wie dan ook');
		await otherAdmin.getByLabel('Wachtwoord', { exact: true }).fill('een gok van de beheerder');
		await otherAdmin.getByLabel('Herhaal het wachtwoord').fill('een gok van de beheerder');
		const refused = await postResponse(otherAdmin, new URL(existingLink).pathname, () =>
			otherAdmin.getByRole('button', { name: 'Uitnodiging accepteren' }).click()
		);
		expect(refused.status()).toBe(401);
		await expect(otherAdmin.getByRole('alert')).toContainText('dit wachtwoord hoort daar niet bij');
		await otherAdmin.getByLabel('Wachtwoord', { exact: true }).fill(member.password);
		await otherAdmin.getByLabel('Herhaal het wachtwoord').fill(member.password);
		await otherAdmin.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
		await expect(otherAdmin).toHaveURL('/');
		await expect(otherAdmin.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${member.name}`);
	} finally {
		await otherContext.close();
	}
});

test('two invitations for one new address accepted at the same moment never give a 500 @once', async ({
	page
}, testInfo) => {
	await signInByRequest(page, 'admin');
	const email = uniqueEmail(testInfo, 'dubbel');
	const links = [await createInvitationLink(page, email), await createInvitationLink(page, email)];
	const password = `tegelijk ${unique(testInfo)}`;
	const statuses = await Promise.all(
		links.map((link) =>
			page.request
				.post(new URL(link).pathname, {
					form: { name: 'Dubbel', password, passwordRepeat: password },
					headers: formHeaders(),
					maxRedirects: 0
				})
				.then((r) => r.status())
		)
	);
	expect(statuses).toContain(303);
	for (const status of statuses) expect([303, 409]).toContain(status);
});

test('after sign-in and on /taal, only paths on this site are followed @once', async ({ page }) => {
	const admin = demoUser('admin');
	for (const terug of [
		'/\t/evil.example',
		'/\\evil.example',
		'//evil.example',
		'/\r\nSet-Cookie: x=1',
		'/%5Cevil.example'
	]) {
		const response = await page.request.post(`/inloggen?terug=${encodeURIComponent(terug)}`, {
			form: { email: admin.email, password: admin.password },
			headers: formHeaders(),
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(terug)).toBe(303);
		expect(response.headers()['location'], JSON.stringify(terug)).toBe('/');
		expect(response.headers()['set-cookie'] ?? '').not.toContain('x=1');
		// Signed in already: the page itself redirects.
		const again = await page.request.get(`/inloggen?terug=${encodeURIComponent(terug)}`, { maxRedirects: 0 });
		expect(again.status()).toBe(303);
		expect(again.headers()['location']).toBe('/');

		const taal = await post(page.request, '/taal', { locale: 'nl', redirectTo: terug });
		expect(taal.status(), JSON.stringify(terug)).toBe(303);
		expect(taal.headers()['location']).toBe('/');
	}
	// In a real browser, with the tab the review used.
	await page.goto(`/inloggen?terug=%2F%09%2Fevil.example`);
	await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/($|\?)/);
});

test('crafted requests get a 4xx, not a 500, and a huge field is not echoed @once', async ({ page }) => {
	await signInByRequest(page, 'admin');
	const reserved = await post(page.request, '/beheer?/default', { name: 'X' });
	expect(reserved.status()).toBe(400);
	expect(await reserved.text()).toContain('Dit formulier kennen we niet.');

	// Under the 1 MB body limit (hooks.server.ts): refused by the form, and not echoed whole.
	const long = 'a'.repeat(900 * 1024);
	await page.context().clearCookies();
	const signIn = await post(page.request, '/inloggen', { email: long, password: 'x' });
	expect(signIn.status()).toBe(400);
	expect((await signIn.body()).length).toBeLessThan(200_000);
	// Over it: refused before the body is read.
	const huge = await post(page.request, '/inloggen', { email: 'a'.repeat(5 * 1024 * 1024), password: 'x' });
	expect(huge.status()).toBe(413);
	expect((await huge.body()).length).toBeLessThan(1_000);
});
