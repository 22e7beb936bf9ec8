import { expect, test } from '@playwright/test';
import { fillSignIn, signIn, signOut } from './fixtures/auth';
import { demoUser } from './fixtures/demo';
import { postResponse } from './fixtures/http';
import { uniqueEmail } from './fixtures/unique';

// The (public) sign-in page has no script and no client-side rendering: each test runs once
// (@once, see playwright.config.ts).

test('a worker signs in and signs out again @once', async ({ page }) => {
	const worker = demoUser('worker');
	await signIn(page, 'worker');
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('banner')).toContainText('Wijkteam Voorbeeldstad (demo)');
	await expect(page.getByRole('main')).toContainText('Team Noord');

	await signOut(page);
	await page.goto('/');
	await expect(page).toHaveURL(/\/inloggen/);
	await expect(page.getByRole('heading', { name: `Welkom, ${worker.name}` })).toHaveCount(0);
});

test('a wrong password gives a Dutch message and keeps the e-mail address @once', async ({ page }) => {
	const worker = demoUser('worker');
	await page.goto('/inloggen');
	const response = await postResponse(page, '/inloggen', () =>
		fillSignIn(page, worker.email, `${worker.password}-fout`)
	);
	expect(response.status()).toBe(401);

	await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
	await expect(page.getByLabel('E-mailadres')).toHaveValue(worker.email);
	// Passwords are never sent back to the browser.
	await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
});

test('an empty sign-in form gives Dutch messages at the fields @once', async ({ page }) => {
	await page.goto('/inloggen');
	const response = await postResponse(page, '/inloggen', () => page.getByRole('button', { name: 'Inloggen' }).click());
	expect(response.status()).toBe(400);

	await expect(page.getByRole('alert')).toContainText('Er is iets niet goed ingevuld.');
	const email = page.getByLabel('E-mailadres');
	const password = page.getByLabel('Wachtwoord', { exact: true });
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription('Vul je e-mailadres in.');
	await expect(password).toHaveAttribute('aria-invalid', 'true');
	await expect(password).toHaveAccessibleDescription('Vul je wachtwoord in.');
});

test('an invalid e-mail address is refused with 400, not 500 @once', async ({ page }) => {
	await page.goto('/inloggen');
	const response = await postResponse(page, '/inloggen', () => fillSignIn(page, 'geen-adres', 'iets'));
	expect(response.status()).toBe(400);
	await expect(page.getByLabel('E-mailadres')).toHaveAccessibleDescription(/Dit is geen geldig e-mailadres/);
	await expect(page.getByLabel('E-mailadres')).toHaveValue('geen-adres');
});

test('after five wrong passwords for one address from one source, that source is held back (429) @once', async ({
	page
}, testInfo) => {
	const email = uniqueEmail(testInfo, 'onbekend');
	await page.goto('/inloggen');
	for (let attempt = 1; attempt <= 5; attempt++) {
		const response = await postResponse(page, '/inloggen', () => fillSignIn(page, email, `fout-${attempt}`));
		expect(response.status(), `poging ${attempt}`).toBe(401);
		await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
	}
	const sixth = await postResponse(page, '/inloggen', () => fillSignIn(page, email, 'fout-6'));
	expect(sixth.status()).toBe(429);
	await expect(page.getByRole('alert')).toContainText('Te vaak een verkeerd wachtwoord.');
	await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
});

test('the overview page sends a stranger to the sign-in page @once', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/inloggen(\?|$)/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
});

test('after signing in, a stranger lands on the page asked for @once', async ({ page }) => {
	const admin = demoUser('admin');
	await page.goto('/beheer/leden');
	await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer%2Fleden$/);
	await fillSignIn(page, admin.email, admin.password);
	await expect(page).toHaveURL('/beheer/leden');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leden');
});
