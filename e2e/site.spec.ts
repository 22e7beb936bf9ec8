import { expect, test } from '@playwright/test';
import { signIn, signInByRequest, signOut } from './fixtures/auth';
import { demo } from './fixtures/demo';

test('the language switches to English and back @once', async ({ page }) => {
	await page.goto('/inloggen');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('lang', 'nl');
	const footer = page.getByRole('contentinfo');

	await footer.getByRole('button', { name: 'English' }).click();
	await expect(html).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL('/inloggen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await expect(footer.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

	await footer.getByRole('button', { name: 'Nederlands' }).click();
	await expect(html).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
	await expect(footer.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
});

test('the language choice follows a signed-in worker to the next page @once', async ({ page }) => {
	await signInByRequest(page, 'worker');
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL('/');
	await page.goto('/feedback');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('contentinfo').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page).toHaveURL('/feedback');
});

test('/healthz reports the database @once', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	expect(await response.json()).toEqual({ status: 'ok', database: demo().database ?? 'pglite' });
});

test('an unknown page shows the Dutch 404 page', async ({ page }) => {
	const response = await page.goto('/deze-pagina-bestaat-niet');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await expect(page).toHaveTitle(/^404 · Vakspiegel$/);
	await expect(page.getByRole('main')).not.toContainText('foutcode');
	await page.getByRole('link', { name: 'Naar de startpagina' }).click();
	await expect(page).toHaveURL(/\/inloggen/);
});

// With JavaScript on, the browser loads everything it loads without it, and more.
test('pages load nothing from another origin @once', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	let count = 0;
	page.on('request', (request) => {
		count++;
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) foreign.push(request.url());
	});

	await signIn(page, 'worker');
	for (const path of ['/', '/feedback', '/feedback/verzoeken', '/feedback/zelf']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
	}
	await signOut(page);
	await signIn(page, 'admin');
	for (const path of ['/beheer', '/beheer/teams', '/beheer/leden', '/beheer/uitnodigingen', '/beheer/auditlog']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
	}
	await signOut(page);

	expect(count).toBeGreaterThan(10);
	expect(foreign).toEqual([]);
});

test('pages log no script errors or CSP violations @once', async ({ page }) => {
	// SvelteKit's route announcer has an inline style (sveltejs/kit#11993); svelte.config.js allows
	// exactly that style by hash. Any other CSP violation shows up here.
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

	await page.goto('/inloggen');
	await signInByRequest(page, 'worker');
	for (const path of ['/', '/feedback', '/feedback/verzoeken', '/feedback/zelf']) await page.goto(path);
	await signInByRequest(page, 'admin');
	for (const path of ['/beheer', '/beheer/teams', '/beheer/leden', '/beheer/uitnodigingen', '/beheer/auditlog']) {
		await page.goto(path);
	}
	expect(problems).toEqual([]);
});

test('HTML responses carry a strict Content-Security-Policy @once', async ({ page }) => {
	const pages: [string, () => Promise<void>][] = [
		['/inloggen', async () => {}],
		['/', () => signInByRequest(page, 'worker')]
	];
	for (const [path, before] of pages) {
		await before();
		const response = await page.goto(path);
		const csp = response?.headers()['content-security-policy'];
		expect(csp, `CSP-header op ${path}`).toBeTruthy();
		const directives = new Map(
			csp!
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((parts) => parts[0])
				.map(([name, ...values]) => [name, values] as const)
		);
		const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
		expect(scriptSrc, `script-src op ${path}`).toBeDefined();
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(
			scriptSrc!.filter((s) => /^https?:|^\*$/.test(s)),
			`vreemde bronnen in script-src op ${path}`
		).toEqual([]);
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
	}
});
