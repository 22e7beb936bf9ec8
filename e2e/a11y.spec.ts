import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { fillSignIn, signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demoUser } from './fixtures/demo';
import { createInvitationLink, createMember, openMemberPage } from './fixtures/members';
import { uniqueEmail } from './fixtures/unique';

// WCAG 2.2 AA (CONVENTIONS.md 20): every key page must report 0 violations. These pages render the same
// HTML with JavaScript on and off and have no script of their own: each is scanned once (@once).

interface Scan {
	name: string;
	/** Opens the page in the state to scan. */
	open: (page: Page, browser: Browser, testInfo: TestInfo) => Promise<void>;
}

const scans: Scan[] = [
	{
		// With the notice and the address an accepted invitation brings along.
		name: 'sign-in page',
		open: async (page) => void (await page.goto('/inloggen?welkom=1&email=nieuw%40voorbeeld.nl'))
	},
	{
		name: 'sign-in page with errors',
		open: async (page) => {
			await page.goto('/inloggen');
			await fillSignIn(page, 'geen-adres', '');
			await expect(page.getByRole('alert')).toBeVisible();
		}
	},
	{
		name: 'overview (signed in)',
		open: async (page) => {
			await signInByRequest(page, 'worker');
			await page.goto('/');
		}
	},
	{
		name: 'admin settings',
		open: async (page) => {
			await signInByRequest(page, 'admin');
			await page.goto('/beheer');
		}
	},
	{
		name: 'admin teams',
		open: async (page) => {
			await signInByRequest(page, 'admin');
			await page.goto('/beheer/teams');
		}
	},
	{
		name: 'admin members',
		open: async (page) => {
			await signInByRequest(page, 'admin');
			await page.goto('/beheer/leden');
		}
	},
	{
		name: 'member page',
		open: async (page) => {
			await signInByRequest(page, 'admin');
			await openMemberPage(page, demoUser('worker').email);
		}
	},
	{
		name: 'admin invitations, with a new link',
		open: async (page, _browser, testInfo) => {
			await signInByRequest(page, 'admin');
			await createInvitationLink(page, uniqueEmail(testInfo, 'axe'));
		}
	},
	{
		name: 'audit log',
		open: async (page) => {
			await signInByRequest(page, 'admin');
			await page.goto('/beheer/auditlog');
		}
	},
	{
		name: 'invitation acceptance page',
		open: async (page, browser, testInfo) => {
			const admin = await browser.newContext();
			try {
				const adminPage = await admin.newPage();
				await signInByRequest(adminPage, 'admin');
				await page.goto(await createInvitationLink(adminPage, uniqueEmail(testInfo, 'axe')));
			} finally {
				await admin.close();
			}
			await expect(page.getByRole('button', { name: 'Uitnodiging accepteren' })).toBeVisible();
		}
	},
	{
		name: 'password reset page',
		open: async (page, browser, testInfo) => {
			const admin = await browser.newContext();
			try {
				const adminPage = await admin.newPage();
				await signInByRequest(adminPage, 'admin');
				const member = await createMember(adminPage, browser, testInfo);
				await openMemberPage(adminPage, member.email);
				await adminPage.getByRole('button', { name: 'Link voor nieuw wachtwoord maken' }).click();
				await page.goto(await adminPage.getByLabel('Link voor een nieuw wachtwoord').inputValue());
			} finally {
				await admin.close();
			}
			await expect(page.getByRole('button', { name: 'Wachtwoord opslaan' })).toBeVisible();
		}
	},
	{
		name: 'notice after a password reset',
		open: async (page, browser, testInfo) => {
			const admin = await browser.newContext();
			let email: string;
			try {
				const adminPage = await admin.newPage();
				await signInByRequest(adminPage, 'admin');
				email = (await createMember(adminPage, browser, testInfo)).email;
				await openMemberPage(adminPage, email);
				await adminPage.getByRole('button', { name: 'Link voor nieuw wachtwoord maken' }).click();
				await page.goto(await adminPage.getByLabel('Link voor een nieuw wachtwoord').inputValue());
			} finally {
				await admin.close();
			}
			const password = `nieuw en lang ${testInfo.project.name}`;
			await page.getByLabel('Nieuw wachtwoord').fill(password);
			await page.getByLabel('Herhaal het wachtwoord').fill(password);
			await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
			await fillSignIn(page, email, password);
			await expect(
				page.getByRole('button', { name: 'Ik heb dit gezien. Open mijn feedback en casussen' })
			).toBeVisible();
		}
	},
	{ name: '404 page', open: async (page) => void (await page.goto('/bestaat-niet')) }
];

for (const scan of scans) {
	test(`axe: ${scan.name} @once`, async ({ page, browser }, testInfo) => {
		await scan.open(page, browser, testInfo);
		await expectNoAxeViolations(page);
	});
}
