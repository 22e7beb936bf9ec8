import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { downloadOf } from './fixtures/download';
import { createMember } from './fixtures/members';
import { createCaseByRequest } from './fixtures/network';
import { addActivity, addGoal } from './fixtures/portfolio';
import { unique } from './fixtures/unique';

// Issue 19, "Export": the period's PDF overview, spreadsheet and Leap2A file, the attestation per
// activity, and the resident-data guard that refuses an export and shows where. Each test has a
// worker of its own, so that no other test's export is refused by the names written here.

async function ownWorker(page: Page, browser: Browser, testInfo: TestInfo) {
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);
	await page.context().clearCookies();
	await signInByRequestWith(page, member.email, member.password);
	return member;
}

const thisYear = () => new Date().toISOString().slice(0, 4);

test('a worker downloads the overview as PDF and spreadsheet, the Leap2A file and an attestation', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const worker = await ownWorker(page, browser, testInfo);
	const tag = unique(testInfo);
	const intervisie = await addActivity(page, {
		kind: 'intervisie',
		title: `Intervisie ${tag}`,
		occurredOn: `${thisYear()}-01-15`,
		startTime: '09:00',
		endTime: '10:30',
		hours: '1,5',
		category: 'reflectie',
		methodName: 'Incidentmethode',
		chairName: 'Coach Noord',
		participants: `Sanne Visscher\n${worker.name}`,
		reflection: 'Ik vroeg eerst door voordat ik advies gaf.'
	});
	const goal = await addGoal(page, `Doel ${tag}`, 'Beter doorvragen.');

	// The parts link up: the line as the goal's evidence opens the line; the line's page offers its attestation.
	await page.goto(`/ontwikkeling/doelen/${goal}`);
	await page.getByLabel('Kies bewijs').selectOption(`activity:${intervisie}`);
	await page.getByRole('button', { name: 'Koppelen' }).click();
	await expect(page.getByRole('link', { name: new RegExp(`^Intervisie ${tag}`, 'u') })).toHaveAttribute(
		'href',
		`/ontwikkeling/logboek/${intervisie}`
	);
	await page.getByRole('link', { name: new RegExp(`^Intervisie ${tag}`, 'u') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Intervisie ${tag}`);
	const fromLine = await downloadOf(page, () => page.getByRole('link', { name: 'Verklaring (pdf)' }).click());
	expect(fromLine.name).toBe('verklaring.pdf');
	expect(fromLine.body.subarray(0, 5).toString()).toBe('%PDF-');

	// Every page of the development plan has the same four parts.
	for (const url of [
		'/ontwikkeling',
		`/ontwikkeling/doelen/${goal}`,
		'/ontwikkeling/doelen/nieuw',
		'/ontwikkeling/logboek',
		`/ontwikkeling/logboek/${intervisie}`,
		'/ontwikkeling/logboek/nieuw',
		'/ontwikkeling/voortgang',
		'/ontwikkeling/export'
	]) {
		await page.goto(url);
		const parts = page.getByRole('navigation', { name: 'Onderdelen van je ontwikkeling' });
		await expect(parts.getByRole('link'), url).toHaveText(['Ontwikkelplan', 'Logboek', 'Voortgang', 'Exporteren']);
	}

	await page.goto('/ontwikkeling/export');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio exporteren');
	// No register chosen yet: the page says which rules and period it takes.
	await expect(page.getByText('Je hebt nog geen register gekozen.')).toBeVisible();
	await expect(page.getByText(/Activiteiten in deze periode: 1\. Leerdoelen: 1\./u)).toBeVisible();
	await expectNoAxeViolations(page);

	const pdf = await downloadOf(page, () => page.getByRole('link', { name: 'Overzicht als pdf' }).click());
	expect(pdf.name).toBe('portfolio-overzicht.pdf');
	expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

	const csv = await downloadOf(page, () => page.getByRole('link', { name: 'Overzicht als spreadsheet' }).click());
	expect(csv.name).toBe('portfolio-overzicht.csv');
	const text = csv.body.toString('utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	expect(text).toContain(
		`Reflectie;15-01-${thisYear()};09:00;10:30;"1,5";ja;Intervisie;Intervisie ${tag};Incidentmethode`
	);

	const leap = await downloadOf(page, () => page.getByRole('link', { name: 'Portfolio als Leap2A-bestand' }).click());
	expect(leap.name).toBe('portfolio-leap2a.xml');
	const xml = leap.body.toString('utf8');
	expect(xml).toContain('xmlns:leap2="http://terms.leapspecs.org/"');
	expect(xml).toContain('<rdf:type rdf:resource="leap2:meeting"/>');
	expect(xml).toContain(`<title>Doel ${tag}</title>`);
	expect(xml).toContain('<title>Sanne Visscher</title>');

	// The content types, as a browser and an ePortfolio import read them.
	const types = await Promise.all(
		[
			'/ontwikkeling/export/overzicht.pdf',
			'/ontwikkeling/export/overzicht.csv',
			'/ontwikkeling/export/portfolio.xml'
		].map(async (url) => (await page.request.get(url)).headers()['content-type'])
	);
	expect(types).toEqual(['application/pdf', 'text/csv; charset=utf-8', 'application/atom+xml; charset=utf-8']);

	const attestation = await page.request.get(`/ontwikkeling/logboek/${intervisie}/verklaring.pdf`);
	expect(attestation.status()).toBe(200);
	expect(attestation.headers()['content-type']).toBe('application/pdf');
	expect(attestation.headers()['content-disposition']).toBe('attachment; filename="verklaring.pdf"');
	expect((await attestation.body()).subarray(0, 5).toString()).toBe('%PDF-');

	// Someone else's attestation: not found, for the demo worker as for the admin.
	for (const role of ['worker', 'admin'] as const) {
		const other = await browser.newContext();
		const otherPage = await other.newPage();
		await signInByRequest(otherPage, role);
		const response = await otherPage.request.get(`/ontwikkeling/logboek/${intervisie}/verklaring.pdf`);
		expect(response.status(), role).toBe(404);
		await other.close();
	}
});

test('a worker chooses another period, and a wrong one is refused in words', async ({ page, browser }, testInfo) => {
	await ownWorker(page, browser, testInfo);
	await addActivity(page, {
		kind: 'reading',
		title: `Boek ${unique(testInfo)}`,
		occurredOn: '2015-03-01',
		hours: '2',
		category: 'overig'
	});
	await page.goto('/ontwikkeling/export');
	await expect(page.getByText(/Activiteiten in deze periode: 0\./u)).toBeVisible();
	await page.getByLabel('Van', { exact: true }).fill('2015-06-01');
	await page.getByLabel('Tot en met').fill('2015-01-01');
	await page.getByRole('button', { name: 'Periode kiezen' }).click();
	await expect(page.getByRole('alert')).toContainText('De einddatum ligt voor de begindatum.');
	await expect(page.getByLabel('Van', { exact: true })).toHaveValue('2015-06-01');
	await expect(page.getByLabel('Tot en met')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Van', { exact: true }).fill('2015-01-01');
	await page.getByLabel('Tot en met').fill('2015-12-31');
	await page.getByRole('button', { name: 'Periode kiezen' }).click();
	await expect(page).toHaveURL(/\/ontwikkeling\/export\?van=2015-01-01&tot=2015-12-31$/u);
	await expect(page.getByText(/Activiteiten in deze periode: 1\./u)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Overzicht als pdf' })).toHaveAttribute(
		'href',
		'/ontwikkeling/export/overzicht.pdf?van=2015-01-01&tot=2015-12-31'
	);
	const csv = await downloadOf(page, () => page.getByRole('link', { name: 'Overzicht als spreadsheet' }).click());
	expect(csv.body.toString('utf8')).toContain('01-03-2015');
});

test('the guard refuses an export with resident data and shows where', async ({ page, browser }, testInfo) => {
	test.slow();
	await ownWorker(page, browser, testInfo);
	await createCaseByRequest(page, `C ${unique(testInfo)}`, ['tante Fatima']);
	const goal = await addGoal(page, 'Beter luisteren', 'Fatima wil dat ik eerst luister.');
	const named = await addActivity(page, {
		kind: 'casuistiek',
		title: 'Casuïstiek in het team',
		occurredOn: `${thisYear()}-02-01`,
		hours: '1',
		category: 'reflectie',
		reflection: 'We bespraken hoe het met Fatima gaat en wat zij wil.'
	});

	await page.goto('/ontwikkeling/export');
	await page.getByRole('link', { name: 'Overzicht als pdf' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export gestopt: er staan gegevens van inwoners in');
	await expect(page.getByRole('alert')).toContainText('We hebben niets geëxporteerd.');
	const place = page.getByRole('listitem').filter({ hasText: 'Casuïstiek in het team' });
	await expect(place).toContainText('Activiteit „Casuïstiek in het team”');
	await expect(place).toContainText('Reflectie');
	await expect(place).toContainText('een naam uit je netwerkkaarten');
	await expect(place).toContainText('hoe het met F••••• gaat');
	await expect(page.getByRole('main')).not.toContainText('Fatima');
	await expect(place.getByRole('link', { name: 'Reflectie aanpassen' })).toHaveAttribute(
		'href',
		`/ontwikkeling/logboek/${named}`
	);
	await expectNoAxeViolations(page);

	// The refusal is a 4xx page, for the attestation and the Leap2A file too; nothing is downloaded.
	for (const url of ['/ontwikkeling/export/portfolio.xml', `/ontwikkeling/logboek/${named}/verklaring.pdf`]) {
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(422);
		expect(response?.headers()['content-type'], url).toContain('text/html');
		await expect(page.getByText('hoe het met F••••• gaat')).toBeVisible();
		if (url.endsWith('.xml')) {
			// The Leap2A file holds the goals too: the goal's place links to the goal's own page.
			const goalPlace = page.getByRole('listitem').filter({ hasText: 'Beter luisteren' });
			await expect(goalPlace.getByRole('link', { name: 'Beschrijving aanpassen' })).toHaveAttribute(
				'href',
				`/ontwikkeling/doelen/${goal}`
			);
		}
	}
});
