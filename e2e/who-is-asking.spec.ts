import { expect, test, type Page } from '@playwright/test';
import { signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { demo } from './fixtures/demo';
import { createFeedbackRequest, demoLink } from './fixtures/feedback';
import { createMember } from './fixtures/members';

// Issue 13, item 2: every resident and participant page says who asks, where to ask questions, and
// what happens with what the person sends, in the page's language.
test.use({ viewport: { width: 360, height: 800 } });

const DEMO_ORG = 'Wijkteam Voorbeeldstad (demo)';
const DEMO_CONTACT = 'beheer@demo.vakspiegel.example';

/** The "Wie vraagt dit?" block (src/lib/components/WhoIsAsking.svelte), by its accessible name. */
const block = (page: Page, name = 'Wie vraagt dit?') => page.getByRole('region', { name });

/** Opens the privacy text (a <details>: works without JavaScript) and returns the block. */
async function openPrivacy(page: Page, summary: string, name?: string) {
	const about = block(page, name);
	await about.getByText(summary, { exact: true }).click();
	await expect(about.locator('details')).toHaveAttribute('open', '');
	return about;
}

async function expectContact(page: Page, address: string, name?: string) {
	const link = block(page, name).getByRole('link', { name: address });
	await expect(link).toHaveAttribute('href', `mailto:${address}`);
}

test('the resident form, the card page and the thank-you page say who asks, in Dutch', async ({ page }) => {
	await page.goto(`${demoLink()}?taal=nl`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat vind je van Sanne?');
	await expect(block(page)).toContainText(`Deze vragen komen van ${DEMO_ORG}.`);
	await expectContact(page, DEMO_CONTACT);
	const about = await openPrivacy(page, 'Wat gebeurt er met je antwoorden?');
	await expect(about).toContainText('We bewaren je antwoorden, de taal en de dag waarop je ze stuurde. Niet de tijd.');
	await expect(about).toContainText('niet je naam, je IP-adres');
	await expect(about).toContainText('Alleen Sanne ziet je antwoorden, en pas als er minstens');
	// The organisation's retention period (an admin test may set it while this runs).
	await expect(about).toContainText(/We bewaren je antwoorden \d+ maanden vanaf de dag dat Sanne ze kan lezen\./u);
	await expectNoAxeViolations(page);

	await page.goto(`${demoLink()}/bedankt?taal=nl`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dank je wel!');
	await expect(block(page)).toContainText(`Deze vragen komen van ${DEMO_ORG}.`);
	await expectContact(page, DEMO_CONTACT);
	await openPrivacy(page, 'Wat gebeurt er met je antwoorden?');
	await expectNoAxeViolations(page);

	// Before a code is typed nobody is known yet: the block says the next page tells.
	await page.goto('/f?taal=nl');
	await expect(block(page)).toContainText('Op de volgende pagina staat van welke organisatie de vragen komen.');
	await expect(block(page).getByRole('link')).toHaveCount(0);
	await openPrivacy(page, 'Wat gebeurt er met je antwoorden?');
	await expectNoAxeViolations(page);

	// A card code that matches nothing names no organisation, but still says what happens with answers.
	const unknown = await page.goto('/f/ZZZZ-ZZZZ?taal=nl');
	expect(unknown?.status()).toBe(404);
	await expect(block(page)).not.toContainText('Deze vragen komen van');
	await openPrivacy(page, 'Wat gebeurt er met je antwoorden?');
});

test('the resident form in Arabic: the block is Arabic and right-to-left', async ({ page }) => {
	await page.goto(`${demoLink()}?taal=ar`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	const name = 'من يطرح هذه الأسئلة؟';
	await expect(block(page, name)).toContainText(`هذه الأسئلة من ${DEMO_ORG}.`);
	await expectContact(page, DEMO_CONTACT, name);
	const about = await openPrivacy(page, 'ماذا يحدث لإجاباتك؟', name);
	await expect(about).toContainText('نحفظ إجاباتك واللغة ويوم الإرسال، بدون الساعة.');
	await expect(about).toContainText('لا تصل إجاباتك إلا إلى Sanne');
	await expect(about).not.toContainText('We bewaren');
	await expectNoAxeViolations(page);

	await page.goto(`${demoLink()}/bedankt?taal=ar`);
	await expect(block(page, name)).toContainText(`هذه الأسئلة من ${DEMO_ORG}.`);
	await openPrivacy(page, 'ماذا يحدث لإجاباتك؟', name);
});

test('the participant pages say who holds the session: code entry, join and session page', async ({ browser }) => {
	const code = demo().advice?.code;
	if (!code) throw new Error('De demo-sessie (advice.code) ontbreekt in e2e/.data/demo.json');
	// A phone of its own: the participant's cookie must not leak into other tests.
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto('/doe-mee');
		await expect(block(page)).toContainText('Op de volgende pagina staat van welke organisatie deze sessie is.');
		await openPrivacy(page, 'Wat gebeurt er met je tips en stippen?');
		await expectNoAxeViolations(page);

		await page.goto(`/doe-mee/${code}`);
		await expect(block(page)).toContainText(`Deze sessie is van ${DEMO_ORG}.`);
		await expectContact(page, DEMO_CONTACT);
		const about = await openPrivacy(page, 'Wat gebeurt er met je tips en stippen?');
		await expect(about).toContainText('We bewaren je tips, je stippen, de groep die je koos en de dag. Niet de tijd.');
		await expect(about).toContainText('De gespreksleider ziet alle tips en stippen, maar niet van wie ze zijn.');
		await expectNoAxeViolations(page, { withoutJs: true });

		// Joined: the session page itself.
		const join = page.locator('form[action="?/join"]');
		await join.getByRole('radio').first().check();
		await join.locator('button[type="submit"]').click();
		await expect(page.locator('form[action="?/join"]')).toHaveCount(0);
		await expect(block(page)).toContainText(`Deze sessie is van ${DEMO_ORG}.`);
		await expectContact(page, DEMO_CONTACT);
		await openPrivacy(page, 'Wat gebeurt er met je tips en stippen?');
		await expectNoAxeViolations(page, { withoutJs: true });

		// An unknown code: the error page names no organisation.
		const unknown = await page.goto('/doe-mee/ZZZZZZ');
		expect(unknown?.status()).toBe(404);
		await expect(block(page)).not.toContainText('Deze sessie is van');
		await openPrivacy(page, 'Wat gebeurt er met je tips en stippen?');
	} finally {
		await context.close();
	}
});

test("the admin writes the organisation's own text and contact address; residents read it in Dutch only", async ({
	page,
	browser
}, testInfo) => {
	const other = demo().otherOrganisation;
	if (!other) throw new Error('De tweede organisatie ontbreekt in e2e/.data/demo.json (scripts/e2e-server.js)');
	// The second organisation, so the demo organisation keeps the default text other tests read. Both
	// projects write the same values (they may run at the same time).
	const contact = 'vragen@ander.e2e.vakspiegel.example';
	const own = 'Wij bewaren uw antwoorden twee jaar.\n\nVragen over privacy? Bel ons.';
	await signInByRequestWith(page, other.email, other.password);
	const member = await createMember(page, browser, testInfo);

	const workerContext = await browser.newContext();
	let link: string;
	try {
		const workerPage = await workerContext.newPage();
		await signInByRequestWith(workerPage, member.email, member.password);
		({ link } = await createFeedbackRequest(workerPage, { label: 'Wie vraagt het', firstName: 'Noor' }));
	} finally {
		await workerContext.close();
	}

	await page.goto('/beheer');
	await page.getByLabel('E-mailadres voor vragen').fill(contact);
	const feedback = page.getByRole('group', { name: 'Feedbackformulier (inwoners)' });
	// The default text is there to read before writing one's own.
	await feedback.getByText('Standaardtekst bekijken').first().click();
	await expect(feedback).toContainText(
		'We bewaren je antwoorden 24 maanden vanaf de dag dat de medewerker ze kan lezen. Daarna worden ze vanzelf verwijderd.'
	);
	await feedback.getByLabel('Eigen tekst: Nederlands').fill(own);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
	await expect(feedback.getByLabel('Eigen tekst: Nederlands')).toHaveValue(own);
	await expectNoAxeViolations(page);

	const resident = await browser.newContext({ viewport: { width: 360, height: 800 } });
	try {
		const rpage = await resident.newPage();
		await rpage.goto(`${link}?taal=nl`);
		await expect(block(rpage)).toContainText('Deze vragen komen van Andere organisatie (e2e).');
		await expectContact(rpage, contact);
		const about = await openPrivacy(rpage, 'Wat gebeurt er met je antwoorden?');
		await expect(about.locator('details p')).toHaveText([
			'Wij bewaren uw antwoorden twee jaar.',
			'Vragen over privacy? Bel ons.'
		]);
		// Another language has no own text: its default shows, not the Dutch text.
		await rpage.goto(`${link}?taal=en`);
		const en = await openPrivacy(rpage, 'What happens to your answers?', 'Who is asking?');
		await expect(en).toContainText('We keep your answers for 24 months from the day Noor can read them.');
		await expect(en).not.toContainText('twee jaar');
	} finally {
		await resident.close();
	}
});
