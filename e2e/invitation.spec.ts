import { expect, test } from '@playwright/test';
import { fillSignIn, signInByRequest, signOut } from './fixtures/auth';
import { postResponse } from './fixtures/http';
import { createInvitationLink, createMember, openMemberPage } from './fixtures/members';
import { unique, uniqueEmail } from './fixtures/unique';

test('a new member accepts an invitation and is signed in at once', async ({ page }, testInfo) => {
	const email = uniqueEmail(testInfo, 'nieuw');
	const name = `Nieuwe collega ${unique(testInfo)}`;
	const password = `een lang wachtwoord ${unique(testInfo)}`;

	await signInByRequest(page, 'admin');
	const link = await createInvitationLink(page, email);
	await expect(page.getByRole('status')).toContainText(`Uitnodiging voor ${email} gemaakt.`);
	const listed = page.getByRole('row').filter({ hasText: email });
	await expect(listed).toContainText('Sociaal werker');
	await expect(listed).toContainText('Open');
	// The list is named once: its heading names the table too (no second, hidden caption).
	await expect(page.getByText('Gemaakte uitnodigingen')).toHaveCount(1);
	await expect(page.getByRole('table', { name: 'Gemaakte uitnodigingen' })).toBeVisible();
	await signOut(page);

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitnodiging');
	await expect(page.getByRole('main')).toContainText(
		'Je bent uitgenodigd voor Wijkteam Voorbeeldstad (demo) als Sociaal werker.'
	);
	await expect(page.getByRole('main')).toContainText(email);

	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByLabel('Herhaal het wachtwoord').fill(`${password}x`);
	const refused = await postResponse(page, new URL(link).pathname, () =>
		page.getByRole('button', { name: 'Uitnodiging accepteren' }).click()
	);
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('De twee wachtwoorden zijn niet hetzelfde.');
	await expect(page.getByLabel('Herhaal het wachtwoord')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Naam')).toHaveValue(name);
	await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');

	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByLabel('Herhaal het wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
	// No second sign-in: the new account is signed in with the password just chosen.
	await expect(page).toHaveURL('/');
	const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
	await expect(menu.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	await expect(menu.getByRole('link', { name: 'Feedback' })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('Wijkteam Voorbeeldstad (demo)');
	await expect(page.getByRole('main')).toContainText(name);

	// Signing in later: the address the invitation brought along can be filled in by the link.
	await signOut(page);
	await page.goto(`/inloggen?welkom=1&email=${encodeURIComponent(email)}`);
	await expect(page.getByRole('status')).toContainText('Je account is klaar.');
	await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
	await page.goto('/inloggen?email=geen-adres');
	await expect(page.getByLabel('E-mailadres')).toHaveValue('');
	await fillSignIn(page, email, password);
	await expect(page).toHaveURL('/');

	await page.goto(link);
	await expect(page.getByRole('main')).toContainText('Deze uitnodiging is al gebruikt');
	await expect(page.getByRole('button', { name: 'Uitnodiging accepteren' })).toHaveCount(0);
});

test('an invitation with a short password is refused @once', async ({ page }, testInfo) => {
	await signInByRequest(page, 'admin');
	const link = await createInvitationLink(page, uniqueEmail(testInfo, 'kort'));
	await signOut(page);
	await page.goto(link);
	await page.getByLabel('Naam').fill('Kort Wachtwoord');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
	await page.getByLabel('Herhaal het wachtwoord').fill('kort');
	const response = await postResponse(page, new URL(link).pathname, () =>
		page.getByRole('button', { name: 'Uitnodiging accepteren' }).click()
	);
	expect(response.status()).toBe(400);
	await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAccessibleDescription(
		/Het wachtwoord is te kort\. Gebruik minimaal 10 tekens\./
	);
});

test('an unknown invitation link shows a Dutch message @once', async ({ page }) => {
	const response = await page.goto('/uitnodiging/bestaat-niet-0123456789abcdef');
	expect(response?.status()).toBeGreaterThanOrEqual(400);
	expect(response?.status()).toBeLessThan(500);
	await expect(page.getByRole('main')).toContainText('Deze uitnodiging bestaat niet of is ingetrokken.');
});

test('an admin makes a reset link and the member chooses a new password @once', async ({ page, browser }, testInfo) => {
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);
	const newPassword = `nieuw wachtwoord ${unique(testInfo)}`;

	await openMemberPage(page, member.email);
	await page.getByRole('button', { name: 'Link voor nieuw wachtwoord maken' }).click();
	await expect(page.getByRole('status')).toContainText('Geef deze link door aan de persoon.');
	const field = page.getByLabel('Link voor een nieuw wachtwoord');
	await expect(field).toHaveAttribute('readonly', '');
	const link = await field.inputValue();
	expect(link).toMatch(/\/wachtwoord\/[^/]+$/);
	await signOut(page);

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
	await expect(page.getByRole('main')).toContainText(`Kies een nieuw wachtwoord voor ${member.email}.`);
	await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
	await page.getByLabel('Herhaal het wachtwoord').fill('iets anders dan dat');
	const refused = await postResponse(page, new URL(link).pathname, () =>
		page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
	);
	expect(refused.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('De twee wachtwoorden zijn niet hetzelfde.');

	await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
	await page.getByLabel('Herhaal het wachtwoord').fill(newPassword);
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page).toHaveURL('/inloggen?wachtwoord=1');
	await expect(page.getByRole('status')).toContainText('Je wachtwoord is veranderd.');

	const old = await postResponse(page, '/inloggen', () => fillSignIn(page, member.email, member.password));
	expect(old.status()).toBe(401);
	// After a reset the person first sees who made the link, and when (ADR 0010).
	await fillSignIn(page, member.email, newPassword);
	await expect(page).toHaveURL(/\/wachtwoord-hersteld/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je wachtwoord is opnieuw ingesteld');
	await expect(page.getByRole('main')).toContainText('link gemaakt door');
	await page.getByRole('button', { name: 'Ik heb dit gezien. Open mijn feedback en casussen' }).click();
	await expect(page).toHaveURL('/feedback');

	await page.goto(link);
	await expect(page.getByRole('main')).toContainText('Deze link werkt niet meer.');
	await expect(page.getByRole('button', { name: 'Wachtwoord opslaan' })).toHaveCount(0);
});
