import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';

// Nothing typed is lost: what someone types in the seconds before the page's JavaScript takes over
// (a slow phone) stays in the fields. Without static/keep-typed.js, Svelte's takeover (hydration) sets
// every field back to the value the server rendered.

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'about the moment JavaScript takes over');

test('text typed and a box ticked before the page came alive are still there after', async ({ page }) => {
	await signInByRequest(page, 'facilitator');
	// The framework's code waits until the person has typed: the page is the server's HTML only.
	let release!: () => void;
	const typed = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto('/adviesvangen', { waitUntil: 'domcontentloaded' });
	const question = page.getByLabel('Centrale vraag');
	await question.fill('Wat helpt jou echt, als het even tegenzit?');
	await page.getByLabel('Plaats').fill('Buurthuis De Boog');
	await page.getByRole('checkbox', { name: /moderatie/u }).check();
	release();
	// Taken over: keep-typed.js has run (and removed itself).
	await page.waitForFunction(
		() => !('vakspiegelKeepTyped' in window) && document.querySelector('script[src="/keep-typed.js"]')
	);
	await expect(question).toHaveValue('Wat helpt jou echt, als het even tegenzit?');
	await expect(page.getByLabel('Plaats')).toHaveValue('Buurthuis De Boog');
	await expect(page.getByRole('checkbox', { name: /moderatie/u })).toBeChecked();
});
