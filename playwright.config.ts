import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/fixtures/chromium';

// No browser download: Debian's Chromium (STACK.md, trap 7). Every flow runs twice, with JavaScript
// on and off, because every form must work without it (CONVENTIONS.md 13 and 20).
//
// A test whose title ends in "@once" runs in js-on only: JavaScript cannot change what it checks.
// - It makes no page (Playwright's `request`, or `page.request` only).
// - It checks what the server answers: a refusal (403, 404, a redirect to /inloggen) or a header.
// - It only uses pages without a JavaScript path of their own: the (public) pages (csr = false, no
//   script) and signed-in pages without `use:enhance`, event handlers or a script from static/. Their
//   forms post the same way with JavaScript on, so js-on runs the no-JavaScript path as well.
// Never for a test that touches a resident or participant page (/f, /doe-mee), the advice board or
// wall (live updates, the themes board) or the netwerkcirkel (dragging). A page that gets
// `use:enhance` or a script takes "@once" off its tests.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const port = Number(process.env.E2E_PORT || 4173);
// scripts/e2e-server.js runs on PostgreSQL when TEST_DATABASE_URL is set (CI), else on PGlite, whose
// single connection queues every request: more workers than 2 only wait there.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const workers = Number(process.env.E2E_WORKERS) || (onPostgres ? 3 : 2);
const baseURL = `http://localhost:${port}`;

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
};

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers,
	// The list, then the time per file and project (CI's log shows where the minutes go).
	reporter: [['list'], ['./e2e/reporters/file-times.ts']],
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
		{ name: 'js-off', use: { ...chromium, javaScriptEnabled: false }, grepInvert: /@once/ }
	],
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `${baseURL}/healthz`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000,
		env: { E2E_PORT: String(port) },
		stdout: 'ignore',
		stderr: 'pipe',
		// SIGTERM, so scripts/e2e-server.js can drop its PostgreSQL database after the app closed its pool.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
	}
});
