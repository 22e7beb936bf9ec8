import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { unique } from './fixtures/unique';

test.describe('a worker without the admin role @once', () => {
	test.beforeEach(async ({ page }) => {
		await signInByRequest(page, 'worker');
	});

	test('sees no admin link in the menu', async ({ page }) => {
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await expect(nav.getByRole('link', { name: 'Overzicht' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Feedback' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
	});

	for (const path of ['/beheer', '/beheer/leden', '/beheer/uitnodigingen']) {
		test(`cannot open ${path}`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(403);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
			await expect(page.getByRole('main')).toContainText('Deze pagina is alleen voor beheerders.');
			await expect(page.getByRole('navigation', { name: 'Beheer' })).toHaveCount(0);
		});
	}

	test('cannot create a team by posting the form directly', async ({ page, baseURL, browser }, testInfo) => {
		const name = `Stiekem team ${unique(testInfo)}`;
		// page.request shares the browser's session cookie. The Origin header gets the request past
		// SvelteKit's CSRF check, so the refusal below comes from the app's own role check.
		const response = await page.request.post('/beheer/teams?/create', {
			form: { name, description: '' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(403);
		expect(await response.text()).not.toContain('Cross-site');

		const admin = await browser.newContext();
		try {
			const adminPage = await admin.newPage();
			await signInByRequest(adminPage, 'admin');
			await adminPage.goto('/beheer/teams');
			await expect(adminPage.getByRole('heading', { name: 'Team Noord' })).toBeVisible();
			await expect(adminPage.getByRole('heading', { name })).toHaveCount(0);
		} finally {
			await admin.close();
		}
	});
});
