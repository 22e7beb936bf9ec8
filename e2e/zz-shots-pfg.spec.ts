import { test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { demo } from './fixtures/demo';

const WIDTHS = [
	[360, 800],
	[1024, 768],
	[1920, 1080]
] as const;

test('screenshots', async ({ page, browser }, info) => {
	test.setTimeout(240_000);
	const js = info.project.name;
	await signInByRequest(page, 'worker');
	await page.goto('/ontwikkeling');
	const goalHref = await page.getByRole('link', { name: demo().portfolio!.goal }).getAttribute('href');
	const shots: [string, string][] = [
		['plan', '/ontwikkeling'],
		['nieuw', '/ontwikkeling/doelen/nieuw'],
		['doel', goalHref!]
	];
	for (const [w, h] of WIDTHS) {
		await page.setViewportSize({ width: w, height: h });
		for (const [name, url] of shots) {
			await page.goto(url);
			await page.screenshot({ path: `/work/shots/pf-goals/${name}-${w}-${js}.png`, fullPage: true });
		}
		await page.goto('/ontwikkeling/doelen/nieuw');
		await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
		await page.getByRole('alert').first().waitFor();
		await page.screenshot({ path: `/work/shots/pf-goals/nieuw-fout-${w}-${js}.png`, fullPage: true });
	}
	const ctx = await browser.newContext();
	const coach = await ctx.newPage();
	await signInByRequest(coach, 'coach');
	const ctx2 = await browser.newContext();
	const fac = await ctx2.newPage();
	await signInByRequest(fac, 'facilitator');
	for (const [w, h] of WIDTHS) {
		await coach.setViewportSize({ width: w, height: h });
		await coach.goto('/ontwikkeling/gedeeld');
		await coach.screenshot({ path: `/work/shots/pf-goals/gedeeld-${w}-${js}.png`, fullPage: true });
		await fac.setViewportSize({ width: w, height: h });
		await fac.goto('/ontwikkeling');
		await fac.screenshot({ path: `/work/shots/pf-goals/geen-rol-${w}-${js}.png`, fullPage: true });
	}
	await ctx.close();
	await ctx2.close();
});
