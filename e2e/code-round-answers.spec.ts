import { expect, test, type Browser } from '@playwright/test';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';

// Issue 17, "wat we met uw reactie deden": every respondent, signed or not, opens a personal link (no
// account) with the answers on their own reactions; the round's page shows the report per article.
// The demo's closed round (seed-demo-code-round.ts) has the demo worker's reactions and published answers.

const PHONE = { width: 360, height: 740 };
const CLOSED = 'Demo: eerste ronde over versie 2 (gesloten, met antwoorden)';

test('a respondent opens their personal link without an account and sees what was done with each reaction; the round shows the report per article', async ({
	page,
	browser
}) => {
	await page.setViewportSize(PHONE);
	await signInByRequest(page, 'worker');
	await page.goto('/beroepscode/reageren');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: CLOSED }) });
	await expect(card).toContainText('De antwoorden staan klaar.');
	const personal = await card.getByRole('link', { name: 'Wat we met je reacties deden' }).getAttribute('href');
	expect(personal).toMatch(/^\/antwoorden\/[A-Za-z0-9_-]{40,}$/u);

	// The report on the round's page: counts and answers per article, anonymous unless signed.
	await card.getByRole('link', { name: CLOSED }).click();
	const report = page.getByRole('region', { name: 'Wat we met de reacties deden' });
	await expect(report).toBeVisible();
	const bereikbaar = report.getByRole('article', { name: 'Artikel 3.1 Bereikbaar zijn' });
	await expect(bereikbaar).toContainText(/Eens: \d+ · Twijfel: \d+ · Oneens: [1-9]/u);
	await expect(bereikbaar).toContainText('Ons antwoord: Deels overgenomen');
	await expect(bereikbaar).toContainText('Dit antwoord geldt voor alle reacties op dit artikel.');
	await expect(bereikbaar).toContainText('Terugbellen op dezelfde dag is niet haalbaar.');
	await expect(report).toContainText('Anoniem');
	await expect(report.getByRole('article', { name: 'Reacties op de hele tekst' })).toContainText('Ons antwoord:');
	await expectNoAxeViolations(page);
	// The personal link is on the round's page too.
	await expect(page.getByRole('region', { name: 'Je link naar de antwoorden' })).toContainText(personal!);

	// Another device, no account: the link alone opens the page.
	const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
	const response = await phone.goto(personal!);
	expect(response?.status()).toBe(200);
	await expect(phone.locator('script[src]')).toHaveCount(0);
	await expect(phone.getByRole('heading', { level: 1, name: 'Wat we met je reacties deden' })).toBeVisible();
	await expect(phone.getByText('De redactie heeft alle reacties beantwoord.')).toBeVisible();
	const mine = phone.getByRole('listitem').filter({ has: phone.getByRole('heading', { name: /^Artikel 3\.1 / }) });
	await expect(mine).toContainText('Je reactie: Oneens');
	await expect(mine).toContainText('Terugbellen op dezelfde dag is niet haalbaar.');
	await expect(mine).toContainText('Ons antwoord: Deels overgenomen');
	const fouten = phone.getByRole('listitem').filter({ has: phone.getByRole('heading', { name: /^Artikel 6\.4 / }) });
	await expect(fouten).toContainText('Je voorstel voor de tekst');
	await expect(fouten).toContainText(/Ons antwoord: (Overgenomen|Niet overgenomen|Deels overgenomen)/u);
	const general = phone
		.getByRole('listitem')
		.filter({ has: phone.getByRole('heading', { name: 'Je reactie op de hele tekst' }) });
	await expect(general).toContainText('Kan de code ook als korte kaart voor op je bureau?');
	await expect(general).toContainText('Ons antwoord:');
	// Only this respondent's reactions: the colleagues' comments in the same round are not here.
	await expect(phone.getByText('Wie is "je"? Ook stagiairs?')).toHaveCount(0);
	// Nothing sticks out at 360 px.
	expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	await expectNoAxeViolations(phone);
	await phone.context().close();
});

async function asEditor(browser: Browser) {
	const editor = demo().users.find((u) => u.email === demo().code?.editor)!;
	const page = await (await browser.newContext()).newPage();
	await signInByRequestWith(page, editor.email, editor.password, 'redacteur');
	return page;
}

test("before the answers are published the personal page says so; another respondent's link never shows your reactions @once", async ({
	browser
}) => {
	const editor = await asEditor(browser);
	const question = `Partners, voor publicatie (${Date.now()})`;
	await editor.goto('/beroepscode/rondes/nieuw');
	await editor.getByLabel('Vraag van de ronde').fill(question);
	await editor.getByRole('radio', { name: /^Open link voor partnerorganisaties/ }).check();
	await editor.getByRole('button', { name: 'Ronde openen' }).click();
	const link = new URL((await editor.locator('.link code').textContent())!.trim()).pathname;
	await editor.context().close();

	const respond = async (stance: string, comment: string) => {
		const partner = await (await browser.newContext({ viewport: PHONE })).newPage();
		await partner.goto(`${link}?artikel=1.1`);
		if (comment) {
			await partner.getByText('Toelichting of voorstel voor tekst (niet verplicht)').click();
			await partner.getByLabel('Opmerking (niet verplicht)').fill(comment);
		}
		await partner.getByRole('button', { name: stance, exact: true }).click();
		await partner.goto(link);
		const own = await partner.getByRole('link', { name: 'Open je pagina met antwoorden' }).getAttribute('href');
		await partner.context().close();
		return new URL(own!).pathname;
	};
	const first = await respond('Oneens', 'Geheim van partner een.');
	const second = await respond('Eens', '');
	expect(first).not.toBe(second);

	const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
	await visitor.goto(first);
	await expect(visitor.getByText('De antwoorden zijn nog niet gepubliceerd.')).toBeVisible();
	await expect(visitor.getByText('Geheim van partner een.')).toBeVisible();
	await expect(visitor.getByText('Ons antwoord')).toHaveCount(0);
	await expectNoAxeViolations(visitor);
	// The attack: the other partner's link, or a guessed one, shows nothing of partner one.
	await visitor.goto(second);
	await expect(visitor.getByText('Je reactie: Eens')).toBeVisible();
	await expect(visitor.getByText('Geheim van partner een.')).toHaveCount(0);
	expect((await visitor.goto(`/antwoorden/${'A'.repeat(43)}`))?.status()).toBe(404);
	await visitor.context().close();
});
