import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { chooseDots, dotsField, jsEnabled, postForm, saveDots, type Participant } from './fixtures/advice';
import {
	createSessionByRequest,
	makeMeetingThemes,
	meetingTexts,
	sendTipByRequest,
	setPhaseByRequest
} from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

/**
 * The participant's phone (issue 13, items 10–12): /doe-mee in the resident languages, right to
 * left in Arabic; dots placed with + and − (JavaScript) or typed (without), kept after an over-vote;
 * a group with fewer than 3 voters has no figures of its own in the results.
 */
test.use({ viewport: { width: 360, height: 800 } });
test.describe.configure({ timeout: 120_000 });

/** With JavaScript the page follows the session itself (static/doe-mee.js); without, the participant refreshes. */
async function waitFor(page: Page, text: string): Promise<void> {
	if (jsEnabled()) {
		await expect(page.getByRole('main')).toContainText(text, { timeout: 10_000 });
	} else {
		await page.reload();
		await expect(page.getByRole('main')).toContainText(text);
	}
}

test('a participant takes part in Arabic, right to left: join, tip, vote, results', async ({
	page,
	browser
}, testInfo) => {
	const texts = meetingTexts(unique(testInfo));
	const { themes } = texts;
	await signInByRequest(page, 'facilitator');
	const session = await createSessionByRequest(page, texts.question);
	await setPhaseByRequest(page, session, 'tips');
	const context = await browser.newContext();
	try {
		const phone = await context.newPage();
		await test.step('the join page in Arabic, with a refused code in Arabic', async () => {
			await phone.goto('/doe-mee');
			await phone.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'العربية' }).click();
			await expect(phone).toHaveURL(/\/doe-mee\?taal=ar$/);
			await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(phone.locator('html')).toHaveAttribute('lang', 'ar');
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText('المشاركة');
			await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
			await phone.getByLabel('الرمز').fill('QQQQQQ');
			await phone.getByRole('button', { name: 'متابعة' }).click();
			await expect(phone.getByRole('alert')).toContainText('هذا الرمز غير معروف');
			await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
			await phone.getByLabel('الرمز').fill(session.code.toLowerCase());
			await phone.getByRole('button', { name: 'متابعة' }).click();
			await expect(phone).toHaveURL(new RegExp(`/doe-mee/${session.code}\\?taal=ar$`));
		});

		await test.step('joins as one of the residents and sends a tip', async () => {
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText(session.question);
			const groups = phone.getByRole('group', { name: 'مجموعتي' });
			await expect(groups.getByRole('radio')).toHaveCount(4);
			await groups.getByRole('radio', { name: 'السكان', exact: true }).check();
			await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
			await phone.getByRole('button', { name: 'انضمام' }).click();
			await expect(phone.getByRole('main')).toContainText('مجموعتك: السكان.');
			await expect(phone.getByRole('main')).toContainText('الآن: جمع النصائح');
			await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
			await phone.getByRole('textbox', { name: 'نصيحتك' }).fill(texts.tips.time);
			await phone.getByRole('button', { name: 'إرسال النصيحة' }).click();
			await expect(phone.getByRole('status')).toContainText('تم إرسال النصيحة.');
			await expect(phone).toHaveURL(/taal=ar/);
			await expect(phone.getByRole('region', { name: 'نصائحك (1)' })).toContainText(texts.tips.time);
			await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
		});

		const participant: Participant = { context, page: phone, group: 'inwoners' };
		for (const tip of [texts.tips.callBack, texts.tips.promise, texts.tips.forms]) {
			await sendTipByRequest(participant, session, tip);
		}
		await setPhaseByRequest(page, session, 'clustering');
		await makeMeetingThemes(page, session, texts);
		await setPhaseByRequest(page, session, 'voting');

		await test.step('votes; an over-vote keeps the choices and says in Arabic what to change', async () => {
			await waitFor(phone, 'يرجى توزيع نقاطك');
			await expect(phone.getByRole('main')).toContainText('النقاط المتبقية: 3 من 3.');
			await chooseDots(phone, themes.time, 3);
			await chooseDots(phone, themes.promises, 2);
			if (jsEnabled()) await expect(phone.getByRole('main')).toContainText('عدد النقاط الزائدة: 2.');
			await phone.getByRole('button', { name: 'حفظ نقاطي' }).click();
			await expect(phone.getByRole('alert')).toContainText('يرجى إزالة النقاط الزائدة (2)');
			await expect(dotsField(phone, themes.time)).toHaveValue('3');
			await expect(dotsField(phone, themes.promises)).toHaveValue('2');
			await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
			await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
			if (jsEnabled()) {
				await phone.getByRole('button', { name: `نقطة أقل: ${themes.promises}` }).click();
				await phone.getByRole('button', { name: `نقطة أقل: ${themes.promises}` }).click();
			} else {
				await chooseDots(phone, themes.promises, 0);
			}
			await phone.getByRole('button', { name: 'حفظ نقاطي' }).click();
			await expect(phone.getByRole('status')).toContainText('تم حفظ نقاطك.');
			await expect(dotsField(phone, themes.time)).toHaveValue('3');
			await expect(phone).toHaveURL(/taal=ar/);
		});

		await test.step('the results: the ranking, and no figures of a group with one voter', async () => {
			const shown = await postForm(page, `${session.path}?/phase`, { showResults: 'ja' });
			expect([200, 303]).toContain(shown.status());
			await waitFor(phone, 'المواضيع حسب عدد النقاط');
			const ranking = phone.getByRole('list', { name: 'المواضيع حسب عدد النقاط' }).getByRole('listitem');
			await expect(ranking.first()).toContainText(themes.time);
			await expect(ranking.first()).toContainText('النقاط: 3');
			await expect(phone.getByRole('main')).toContainText('لا نعرض المجموعات التي فيها عدد المصوّتين أقل من 3.');
			await expect(phone.getByRole('main')).not.toContainText('اختارت مجموعة');
			await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
		});

		await test.step('closed: thanked in Arabic', async () => {
			await setPhaseByRequest(page, session, 'closed');
			await waitFor(phone, 'انتهت الجلسة.');
			await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
		});
	} finally {
		await context.close();
	}
});

test('dots are placed with + and − buttons that name their theme, the dots left read out', async ({
	page,
	browser
}, testInfo) => {
	const texts = meetingTexts(unique(testInfo));
	const { time, promises } = texts.themes;
	await signInByRequest(page, 'facilitator');
	const session = await createSessionByRequest(page, texts.question);
	await setPhaseByRequest(page, session, 'tips');
	const context = await browser.newContext();
	try {
		const phone = await context.newPage();
		await phone.goto(`/doe-mee/${session.code}`);
		await phone.getByRole('radio', { name: 'sociaal werker', exact: true }).check();
		await phone.getByRole('button', { name: 'Doe mee', exact: true }).click();
		await expect(phone.getByRole('main')).toContainText('Je doet mee als sociaal werker.');
		const participant: Participant = { context, page: phone, group: 'sociaal werkers' };
		for (const tip of Object.values(texts.tips)) await sendTipByRequest(participant, session, tip);
		await setPhaseByRequest(page, session, 'clustering');
		await makeMeetingThemes(page, session, texts);
		await setPhaseByRequest(page, session, 'voting');
		await waitFor(phone, 'Verdeel je 3 stippen');

		const more = (theme: string) => phone.getByRole('button', { name: `Stip erbij: ${theme}` });
		const less = (theme: string) => phone.getByRole('button', { name: `Stip eraf: ${theme}` });
		const left = phone.locator('[data-dots-left]');
		if (!jsEnabled()) {
			// Without JavaScript: no buttons that do nothing, a number field per theme.
			await expect(more(time)).toBeHidden();
			await chooseDots(phone, time, 2);
			await chooseDots(phone, promises, 1);
		} else {
			await expect(left).toHaveAttribute('aria-live', 'polite');
			await expect(less(time)).toHaveAttribute('aria-disabled', 'true');
			await more(time).click();
			await more(time).click();
			await expect(dotsField(phone, time)).toHaveValue('2');
			await expect(left).toHaveText('Je hebt nog 1 van de 3 stippen.');
			await more(promises).press('Enter');
			await expect(dotsField(phone, promises)).toHaveValue('1');
			await expect(left).toHaveText('Je hebt nog 0 van de 3 stippen.');
			// All dots placed: + says it cannot, and keeps the focus.
			await expect(more(time)).toHaveAttribute('aria-disabled', 'true');
			await more(promises).press('Enter');
			await expect(dotsField(phone, promises)).toHaveValue('1');
			await expect(more(promises)).toBeFocused();
			await less(time).click();
			await expect(left).toHaveText('Je hebt nog 1 van de 3 stippen.');
			await more(time).click();
			await expect(phone.locator('.placed').first()).toHaveText('●●');
		}
		await expectNoAxeViolations(phone, { withoutJs: !jsEnabled() });
		await saveDots(phone);
		await expect(phone.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();
		await expect(dotsField(phone, time)).toHaveValue('2');
		await expect(dotsField(phone, promises)).toHaveValue('1');
		await expect(left).toHaveText('Je hebt nog 0 van de 3 stippen.');
	} finally {
		await context.close();
	}
});
