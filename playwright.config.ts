import { defineConfig, devices } from '@playwright/test';

// No browser download: Debian's Chromium (STACK.md, trap 7). Every flow runs twice, with JavaScript
// on and off, because every form must work without it (CONVENTIONS.md 13 and 20).
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://localhost:${port}`;

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	}
};

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: 'list',
	// A hang still fails; 60 s leaves room for flows with several pages and axe scans on a slow machine
	// (a js-off axe scan copies the page into a JavaScript page of its own: about a second a scan here).
	timeout: 60_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL,
		// Sets Accept-Language: the app picks its language from it when no language cookie is set.
		locale: 'nl-NL',
		trace: 'on-first-retry'
	},
	projects: [
		{ name: 'js-on', use: { ...chromium, javaScriptEnabled: true } },
		{ name: 'js-off', use: { ...chromium, javaScriptEnabled: false } }
	],
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `${baseURL}/healthz`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000,
		env: { E2E_PORT: String(port) },
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
