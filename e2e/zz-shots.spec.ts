import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { jsEnabled, postForm, type Participant } from './fixtures/advice';
import { createSessionByRequest, makeMeetingThemes, meetingTexts, sendTipByRequest, setPhaseByRequest } from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

test.describe.configure({ timeout: 300_000 });
const SIZES = [
	[360, 800],
	[1024, 768],
	[1920, 1080]
] as const;

async function shoot(page: Page, name: string) {
	const js = jsEnabled() ? 'js' : 'nojs';
	for (const [w, h] of SIZES) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `/work/shots/h-doemee/${name}-${w}-${js}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 360, height: 800 });
}

for (const lang of ['ar', 'nl'] as const) {
	test(`shots ${lang}`, async ({ page, browser }, testInfo) => {
		const texts = meetingTexts(unique(testInfo));
		await signInByRequest(page, 'facilitator');
		const session = await createSessionByRequest(page, texts.question);
		await setPhaseByRequest(page, session, 'tips');
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const phone = await context.newPage();
		await phone.goto(`/doe-mee?taal=${lang}`);
		await shoot(phone, `${lang}-1-code`);
		await phone.goto(`/doe-mee/${session.code}?taal=${lang}`);
		await shoot(phone, `${lang}-2-group`);
		await phone.locator('input[type=radio]').first().check();
		await phone.locator('form button[type=submit]').click();
		await phone.locator('textarea').fill(texts.tips.time);
		await phone.locator('form button[type=submit]').click();
		await shoot(phone, `${lang}-3-tips`);
		const p: Participant = { context, page: phone, group: 'inwoners' };
		for (const tip of [texts.tips.callBack, texts.tips.promise, texts.tips.forms]) await sendTipByRequest(p, session, tip);
		await setPhaseByRequest(page, session, 'clustering');
		await makeMeetingThemes(page, session, texts);
		await setPhaseByRequest(page, session, 'voting');
		await phone.goto(`/doe-mee/${session.code}?taal=${lang}`);
		await phone.locator('input.dots').first().fill('2');
		await phone.locator('input.dots').nth(1).fill('1');
		await phone.locator('input.dots').nth(1).blur();
		await shoot(phone, `${lang}-4-vote`);
		await phone.locator('input.dots').nth(1).fill('3');
		await phone.locator('form[data-dots] button[type=submit]').click();
		await expect(phone.getByRole('alert')).toBeVisible();
		await shoot(phone, `${lang}-5-over`);
		await phone.locator('input.dots').nth(1).fill('1');
		await phone.locator('form[data-dots] button[type=submit]').click();
		await postForm(page, `${session.path}?/phase`, { showResults: 'ja' });
		await setPhaseByRequest(page, session, 'closed');
		await phone.goto(`/doe-mee/${session.code}?taal=${lang}`);
		await shoot(phone, `${lang}-6-closed-results`);
		await phone.goto(`/doe-mee/QQQQQQ?taal=${lang}`);
		await shoot(phone, `${lang}-7-error`);
		if (lang === 'nl') {
			await page.goto(`${session.path}/uitslag`);
			await page.setViewportSize({ width: 1024, height: 768 });
			await page.screenshot({ path: `/work/shots/h-doemee/uitslag-1024-${jsEnabled() ? 'js' : 'nojs'}.png`, fullPage: true });
		}
		await context.close();
	});
}
