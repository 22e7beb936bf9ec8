import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations, withScannablePage } from './fixtures/axe';
import { demoNetwork } from './fixtures/demo';
import { downloadOf } from './fixtures/download';
import {
	createCase,
	createCaseByRequest,
	dragInCircle,
	NEIGHBOURS_RING_2,
	placeByForm,
	textVersionSector,
	typeNames
} from './fixtures/network';
import { unique } from './fixtures/unique';

const jsOn = () => test.info().project.use.javaScriptEnabled !== false;

test.beforeEach(async ({ page }) => {
	await signInByRequest(page, 'worker');
});

test('a worker builds a network with the groslijst: Enter adds the next name @once', async ({ page }, testInfo) => {
	// A whole conversation at the table: many page loads on a busy CI machine.
	test.slow();
	const label = `G ${unique(testInfo)}`;
	await createCase(page, label);
	await expectNoAxeViolations(page);
	// The first name: the field is not focused on arrival, so click it as a worker does.
	await page.getByLabel('Naam', { exact: true }).click();
	await page.keyboard.type('tante Fatima');
	await page.getByLabel('Opmerking (niet verplicht)').fill('belt elke dag');
	await page.getByLabel('Naam', { exact: true }).press('Enter');
	await typeNames(page, ['Jan', 'buurvrouw Els']);
	await expect(page.getByRole('heading', { name: 'Namen (3)' })).toBeVisible();
	await expect(page.getByLabel('Opmerking bij tante Fatima')).toHaveValue('belt elke dag');

	await test.step('a name can be corrected and removed', async () => {
		await page.getByLabel('Naam van Jan').fill('oom Jan');
		await page.getByRole('button', { name: 'Opslaan Jan' }).click();
		await expect(page.getByLabel('Naam van oom Jan')).toBeVisible();
		await page.getByRole('button', { name: 'Verwijderen buurvrouw Els' }).click();
		await expect(page.getByRole('status')).toContainText('De naam is verwijderd.');
		await expect(page.getByRole('heading', { name: 'Namen (2)' })).toBeVisible();
	});

	await test.step('an empty name is refused with a clear message', async () => {
		await page.getByRole('button', { name: 'Naam toevoegen' }).click();
		await expect(page.getByRole('alert')).toContainText('Vul een naam in');
		await expect(page.getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);
	});

	await test.step('the casus is in the list', async () => {
		await page.goto('/netwerk');
		await expect(page.getByRole('link', { name: label })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test('the casus form warns on a first name and surname; "toch opslaan" keeps it; a BSN stays refused', async ({
	page
}, testInfo) => {
	const label = `Mohammed Karimi ${unique(testInfo)}`;
	await page.goto('/netwerk');
	await expect(page.getByText('Gebruik geen volledige naam en geen BSN.')).toBeVisible();
	await page.getByLabel('Schuilnaam of voorletters').fill(label);
	await page.getByRole('button', { name: 'Casus maken' }).click();
	// A warning next to the field, not an error box.
	await expect(page.getByRole('status')).toContainText('Dit lijkt op een voornaam en achternaam.');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByLabel('Schuilnaam of voorletters')).toHaveAccessibleDescription(/voornaam en achternaam/u);
	// A warning, not a refusal: what was typed is still there, with a way to keep it.
	await expect(page.getByLabel('Schuilnaam of voorletters')).toHaveValue(label);
	const keep = page.getByRole('checkbox', { name: 'Toch opslaan: dit is geen echte naam' });
	await expect(keep).not.toBeChecked();
	await expectNoAxeViolations(page);
	await keep.check();
	await page.getByRole('button', { name: 'Casus maken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Groslijst van ${label}`);
	await expect(page.getByRole('status')).toContainText('De casus is klaar.');

	await page.goto('/netwerk');
	await page.getByLabel('Schuilnaam of voorletters').fill('123456782');
	await page.getByRole('button', { name: 'Casus maken' }).click();
	await expect(page.getByRole('alert')).toContainText('Dit lijkt op een BSN.');
	await expect(page.getByRole('checkbox', { name: /Toch opslaan/ })).toHaveCount(0);
});

test('practice mode speaks to you, keeps your roles and your private reflection out of the print', async ({
	page
}, testInfo) => {
	test.slow();
	// Each project its own worker (the coach is a worker too): one practice map per worker.
	await page.context().clearCookies();
	await signInByRequest(page, jsOn() ? 'worker' : 'coach');
	const tag = unique(testInfo);
	await page.goto('/netwerk');
	await page.getByRole('button', { name: 'Mijn eigen netwerk openen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je eigen groslijst');
	const main = page.getByRole('main');
	await expect(main).toContainText('Schrijf alle namen op van mensen in je eigen leven.');
	await expect(main).not.toContainText(/cliënt/iu);
	const path = new URL(page.url()).pathname;

	await test.step('your own roles (a thought typed meanwhile is kept: the page is one form)', async () => {
		await page.getByRole('checkbox', { name: 'vrijwilliger' }).check();
		await page.getByLabel('Andere rol').fill(`oppas ${tag}`);
		await page.getByLabel('Wat je opviel').fill(`Eerste gedachte (${tag})`);
		await page.getByRole('button', { name: 'Rollen bewaren' }).click();
		await expect(page.getByRole('status')).toContainText('De rollen zijn bewaard.');
		await page.goto(path);
		await expect(page.getByRole('checkbox', { name: 'vrijwilliger' })).toBeChecked();
		await expect(page.getByLabel('Andere rol')).toHaveValue(`oppas ${tag}`);
		await expect(page.getByLabel('Wat je opviel')).toHaveValue(`Eerste gedachte (${tag})`);
	});

	await test.step('what it does to you: saved, shown only here', async () => {
		const thought = `Ik zag hoe weinig buren ik ken (${tag})`;
		await page.getByLabel('Wat je opviel').fill(thought);
		await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('Je gedachten zijn bewaard.');
		await expect(page.getByLabel('Wat je opviel')).toHaveValue(thought);
		await expectNoAxeViolations(page);

		await page.goto(`${path}/print`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn eigen netwerk');
		await expect(page.getByRole('main')).toContainText(`In het midden: jij — jouw rollen: vrijwilliger, oppas ${tag}`);
		await expect(page.getByRole('main')).not.toContainText('weinig buren');
	});

	await test.step('the drawings speak to you too', async () => {
		await page.goto(`${path}/cirkel`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je eigen netwerkcirkel');
		await expect(page.getByRole('main')).toContainText('Jij staat in het midden.');
		await expect(page.getByRole('img', { name: 'Je eigen netwerkcirkel' })).toBeVisible();
		await expect(page.getByRole('main')).not.toContainText(/cliënt/iu);
		await expectNoAxeViolations(page);
	});
});

test('people are placed in the netwerkcirkel by form, and by dragging when JavaScript is on', async ({
	page
}, testInfo) => {
	test.slow();
	const label = `C ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma', 'Buurman', 'Huisarts']);
	await page.goto(path);
	await page
		.getByRole('navigation', { name: `Netwerk van ${label}` })
		.getByRole('link', { name: 'Netwerkcirkel' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Netwerkcirkel van ${label}`);
	await expect(page.getByRole('img', { name: `Netwerkcirkel van ${label}` })).toBeVisible();
	await expect(textVersionSector(page, 'Nog niet geplaatst')).toContainText('Oma');
	await expectNoAxeViolations(page);

	await placeByForm(page, 'Oma', 'Familie', 'Heel dichtbij');
	await placeByForm(page, 'Huisarts', 'Hulpverleners', 'Verder weg');
	await expect(textVersionSector(page, 'Familie')).toContainText('Oma — Heel dichtbij');
	await expect(textVersionSector(page, 'Hulpverleners')).toContainText('Huisarts — Verder weg');
	await expect(page.getByLabel('Vak voor Oma')).toHaveValue('family');

	if (jsOn()) {
		await test.step('drag Buurman into "Buren en buurt", middle ring', async () => {
			await dragInCircle(page, 'Buurman', NEIGHBOURS_RING_2);
			await expect(page.getByRole('status')).toContainText('De plek is bewaard.');
			await expect(textVersionSector(page, 'Buren en buurt')).toContainText('Buurman — Dichtbij');
			await expect(page.getByLabel('Vak voor Buurman')).toHaveValue('neighbours');
			await expect(page.getByLabel('Ring voor Buurman')).toHaveValue('2');
		});
	} else {
		await expect(page.locator('svg.is-draggable')).toHaveCount(0);
		await placeByForm(page, 'Buurman', 'Buren en buurt', 'Dichtbij');
		await expect(textVersionSector(page, 'Buren en buurt')).toContainText('Buurman — Dichtbij');
	}
	await expect(page.getByRole('region', { name: 'Wat valt op?' })).toContainText(
		"Geen contacten in 'Vrienden en kennissen'."
	);
	await page.goto(path);
	await expect(page.getByRole('heading', { name: 'Namen (3)' })).toBeVisible();
});

test('relation types in the ecogram, then a version, a change and a comparison', async ({ page }, testInfo) => {
	// A whole conversation at the table: many page loads on a busy CI machine.
	test.slow();
	const label = `E ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Oma', 'Trainer']);
	await page.goto(`${path}/cirkel`);
	await placeByForm(page, 'Oma', 'Familie', 'Verder weg');

	await page.goto(`${path}/ecogram`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ecogram van ${label}`);
	const oma = page.getByRole('group', { name: 'Oma' });
	await oma.getByLabel('Relatie').selectOption({ label: 'Zwak' });
	await oma.getByLabel('Energie van Oma').selectOption({ label: 'Geeft' });
	await oma.getByLabel('Praktisch').check();
	await oma.getByLabel('Gezelschap').check();
	await oma.getByRole('button', { name: 'Opslaan Oma' }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen.');
	await expect(textVersionSector(page, 'Familie')).toContainText(
		'Oma — Verder weg · Zwak · Geeft · Praktisch, Gezelschap'
	);
	await expect(
		page
			.getByRole('img', { name: `Ecogram van ${label}` })
			.locator('line[stroke-dasharray="9 7"]')
			.first()
	).toBeAttached();
	await expect(page.getByRole('img', { name: `Ecogram van ${label}` })).toContainText('Legenda');

	await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Oma' });
	await page.getByLabel('en persoon').selectOption({ label: 'Trainer' });
	await page.locator('.tie-form').getByLabel('Relatie').selectOption({ label: 'Belastend' });
	await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
	await expect(page.getByRole('main')).toContainText('Oma en Trainer: Belastend');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Versies' }).click();
	await page.getByLabel('Notitie bij deze versie (niet verplicht)').fill('eerste gesprek');
	await page.getByRole('button', { name: 'Bewaar als versie van vandaag' }).click();
	await expect(page.getByRole('status')).toContainText('De versie van vandaag is bewaard.');
	await expect(page.getByRole('main')).toContainText('eerste gesprek');
	await expectNoAxeViolations(page);

	// The map keeps changing: Oma comes closer and gets a strong relation, a neighbour joins.
	await page.goto(`${path}/cirkel`);
	await placeByForm(page, 'Oma', 'Familie', 'Heel dichtbij');
	await page.goto(`${path}/ecogram`);
	await page.getByRole('group', { name: 'Oma' }).getByLabel('Relatie').selectOption({ label: 'Sterk' });
	await page.getByRole('group', { name: 'Oma' }).getByRole('button', { name: 'Opslaan Oma' }).click();
	await page.goto(path);
	await page.getByLabel('Naam', { exact: true }).fill('Buurvrouw');
	await page.getByLabel('Naam', { exact: true }).press('Enter');
	await page.getByLabel('Naam van Trainer').fill('Trainer');
	await page.getByRole('button', { name: 'Verwijderen Trainer' }).click();

	await page.goto(`${path}/versies`);
	await page.getByRole('link', { name: /^Vergelijk met nu/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Wat veranderde er van');
	const changes = page.getByRole('region', { name: 'Veranderingen' });
	await expect(changes).toContainText('Nieuw erbij');
	await expect(changes).toContainText('Buurvrouw');
	await expect(changes).toContainText('Niet meer in het netwerk');
	await expect(changes).toContainText('Trainer');
	await expect(changes).toContainText('Oma: van Verder weg naar Heel dichtbij');
	await expect(changes).toContainText('Oma: van Zwak naar Sterk');
	await expect(page.getByRole('img', { name: `Ecogram van ${label}, eerste versie` })).toBeVisible();
	await expect(page.getByRole('img', { name: `Ecogram van ${label}, tweede versie` })).toContainText(
		'Dichterbij gekomen'
	);
	await expectNoAxeViolations(page);
});

test('a goal with actions for a person on the map shows in the per-person view and the familiegroepsplan', async ({
	page
}, testInfo) => {
	test.slow();
	const label = `P ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label, ['Fatima', 'Wim']);
	await page.goto(path);

	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Plan van ${label}`);
	await page.getByLabel('Doel', { exact: true }).fill('Ik wil weer zelf boodschappen doen.');
	await page.getByRole('button', { name: 'Doel toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Ik wil weer zelf boodschappen doen.' })).toBeVisible();
	await expectNoAxeViolations(page);

	const goal = page.getByRole('region', { name: 'Ik wil weer zelf boodschappen doen.' });
	await goal.getByText('Actie toevoegen bij').click();
	await goal.getByLabel('Wie doet het?').selectOption({ label: 'Fatima' });
	await goal.getByLabel('Wat gebeurt er?').fill('Gaat mee naar de markt');
	await goal.getByLabel('Wanneer (uiterlijk)').fill('2026-12-15');
	await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen.');
	await expect(page.getByRole('region', { name: 'Ik wil weer zelf boodschappen doen.' })).toContainText(
		'Fatima: Gaat mee naar de markt'
	);

	const again = page.getByRole('region', { name: 'Ik wil weer zelf boodschappen doen.' });
	await again.getByText('Actie toevoegen bij').click();
	await again.getByLabel('Wie doet het?').selectOption({ label: 'Een professional' });
	await again.getByLabel(/^Welke professional/).fill('schuldhulpverlener');
	await again.getByLabel('Wat gebeurt er?').fill('Maakt een betaalplan');
	await again.getByRole('button', { name: 'Actie toevoegen' }).click();
	// The status still says "Opgeslagen." from the first action: wait for the second one itself.
	await expect(page.getByRole('region', { name: 'Ik wil weer zelf boodschappen doen.' })).toContainText(
		'Maakt een betaalplan'
	);
	await page.waitForLoadState('networkidle');

	await page.getByLabel('Stand van: Gaat mee naar de markt').selectOption({ label: 'Bezig' });
	await page.getByRole('button', { name: 'Stand bewaren Gaat mee naar de markt' }).click();
	await expect(page.getByRole('main')).toContainText('Bezig');
	// With JavaScript the save swaps the page in place: let it land before leaving the page.
	await page.waitForLoadState('networkidle');

	await page.getByRole('link', { name: 'Per persoon' }).click();
	const fatima = page.getByRole('region', { name: 'Wat doet Fatima?' });
	await expect(fatima).toContainText('Ik wil weer zelf boodschappen doen.: Gaat mee naar de markt');
	await expect(fatima).toContainText('uiterlijk 15 december 2026');
	await expect(fatima).toContainText('Bezig');
	await expect(page.getByRole('region', { name: 'Wat doet schuldhulpverlener?' })).toContainText(
		'Maakt een betaalplan'
	);
	await expect(page.getByRole('region', { name: 'Wat doet Wim?' })).toHaveCount(0);
	await page.getByLabel('Laat zien voor').selectOption({ label: 'Fatima' });
	await page.getByRole('button', { name: 'Laten zien' }).click();
	await expect(page.getByRole('region', { name: 'Wat doet schuldhulpverlener?' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Wat doet Fatima?' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Familiegroepsplan' }).click();
	await page.getByLabel('Nieuwe zorg').fill('De post blijft liggen');
	await page.getByRole('region', { name: 'Zorgen' }).getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('region', { name: 'Zorgen' })).toContainText('De post blijft liggen');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Wat gaat goed?').fill('Fatima wil helpen');
	await page.getByRole('region', { name: 'Wat gaat goed' }).getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('region', { name: 'Zorgen' })).toContainText('De post blijft liggen');
	await expect(page.getByRole('region', { name: 'Wat gaat goed' })).toContainText('Fatima wil helpen');
	await expect(page.getByRole('region', { name: 'Acties' })).toContainText('Fatima: Gaat mee naar de markt');
	await expectNoAxeViolations(page);
	expect(path).toMatch(/^\/netwerk\//);
});

test('the demo casus: two versions, a plan, the print view and the exports @once', async ({ page }) => {
	// A whole conversation at the table: many page loads on a busy CI machine.
	test.slow();
	const { casePath } = demoNetwork();
	await page.goto(casePath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groslijst van Demo: M.K.');

	await page.goto(`${casePath}/versies`);
	await expect(page.getByRole('main')).toContainText('Eerste gesprek');
	await expect(page.getByRole('main')).toContainText('Na twee maanden');
	await page.getByRole('button', { name: 'Vergelijken' }).click();
	await expect(page.getByRole('region', { name: 'Veranderingen' })).toContainText('Wim (taalmaatje)');
	await expect(page.getByRole('region', { name: 'Veranderingen' })).toContainText(
		'Mo (vriend): van Verder weg naar Heel dichtbij'
	);
	// The client's roles are in each version: she became a volunteer herself.
	await expect(page.getByRole('region', { name: 'Veranderingen' })).toContainText(
		'Eerst: ouder. Daarna: ouder, vrijwilliger.'
	);
	await expectNoAxeViolations(page);

	await page.goto(`${casePath}/delen`);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Printversie openen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerk van Demo: M.K.');
	await expect(page.getByRole('img', { name: 'Ecogram van Demo: M.K.' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Netwerkcirkel van Demo: M.K.' })).toBeVisible();
	await expect(page.getByRole('main')).toContainText('tante Fatima: Gaat de eerste weken mee naar de markt');
	await expect(page.getByRole('main')).toContainText('In het midden: Demo: M.K. — rollen: ouder, vrijwilliger');
	await expect(page.getByRole('main')).toContainText('Hulpverleners: 2 van de 8 mensen in de cirkel.');
	await expect(page.getByRole('main')).not.toContainText('markt(');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('img', { name: 'Ecogram van Demo: M.K.' })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	await page.goto(`${casePath}/print?zonder-namen=1`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerk van Cliënt (zonder namen)');
	await expect(page.getByRole('main')).not.toContainText('Fatima');
	await expect(page.getByRole('main')).toContainText('Familie A');

	await page.goto(`${casePath}/delen`);
	const pdf = await downloadOf(page, () => page.getByRole('link', { name: 'PDF zonder namen downloaden' }).click());
	expect(pdf.name).toBe('netwerk-zonder-namen.pdf');
	expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
	// JSON is for another system (AVG portability), tucked away below the PDF and the CSV.
	await expect(page.getByRole('link', { name: /JSON/ })).toHaveCount(0);
	await page.getByText('Gegevens voor een ander systeem (JSON)').click();
	await expectNoAxeViolations(page);
	const json = await downloadOf(page, () => page.getByRole('link', { name: 'JSON zonder namen' }).click());
	const doc = JSON.parse(json.body.toString());
	expect(doc.pseudonymised).toBe(true);
	expect(json.body.toString()).not.toContain('Fatima');
	// Issue 12, finding 15: a part of a name ("Karim" of "broer Karim", "Sara" of "juf van Sara") is
	// no name either, and the ids cannot be joined with the named export's.
	const named = await (await page.request.get(`${casePath}/export.json`)).json();
	for (const part of ['Karim', 'Fatima', 'Els', 'Sara', 'Wim', 'M.K.']) {
		expect(json.body.toString()).not.toContain(part);
	}
	const namedIds = new Set<string>(named.persons.map((p: { id: string }) => p.id));
	expect(doc.persons).toHaveLength(namedIds.size);
	for (const p of doc.persons as { id: string }[]) expect(namedIds.has(p.id)).toBe(false);
	const csv = await downloadOf(page, () => page.getByRole('link', { name: /^CSV downloaden/ }).click());
	expect(csv.body.toString()).toContain('tante Fatima');
});

/**
 * What a drawing looks like in the browser: every <text> measured with getBBox() (the browser's own
 * font), the ones outside the viewBox, the pairs that overlap, and the size of the discs and the
 * drawing on the screen.
 */
function measureDrawing(svg: SVGSVGElement) {
	const vb = svg.viewBox.baseVal;
	const texts = [...svg.querySelectorAll('text')].map((t) => {
		const b = t.getBBox();
		return { text: t.textContent ?? '', x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
	});
	const outside = texts
		.filter((b) => b.x0 < vb.x || b.y0 < vb.y || b.x1 > vb.x + vb.width || b.y1 > vb.y + vb.height)
		.map((b) => b.text);
	const overlapping: string[] = [];
	for (let i = 0; i < texts.length; i++)
		for (let j = i + 1; j < texts.length; j++) {
			const a = texts[i];
			const b = texts[j];
			if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlapping.push(`${a.text} × ${b.text}`);
		}
	const discs = [...svg.querySelectorAll('g > circle[fill="#ffffff"]')].map((c) => c.getBoundingClientRect().width);
	const rect = svg.getBoundingClientRect();
	return {
		texts: texts.map((t) => t.text),
		outside,
		overlapping,
		smallestDisc: Math.min(...discs),
		width: rect.width,
		height: rect.height
	};
}

test('the demo drawings at the kitchen table: every name whole, inside and apart, the circle fits a tablet', async ({
	page
}) => {
	test.slow();
	await page.setViewportSize({ width: 1024, height: 768 });
	const { casePath } = demoNetwork();
	for (const [path, name] of [
		[`${casePath}/cirkel`, 'Netwerkcirkel van Demo: M.K.'],
		[`${casePath}/ecogram`, 'Ecogram van Demo: M.K.']
	]) {
		await page.goto(path);
		await expect(page.getByRole('img', { name })).toBeVisible();
		// Without JavaScript the browser cannot run getBBox(): measured in a copy of the same HTML and CSS.
		await withScannablePage(page, async (target) => {
			const m = await target.getByRole('img', { name }).evaluate(measureDrawing);
			expect(m.texts.join('|')).toContain('schuldhulpverlener');
			expect(m.texts.join('|')).toContain('Werk, school,vereniging');
			expect(m.outside, `${name}: outside the drawing`).toEqual([]);
			expect(m.overlapping, `${name}: overlapping texts`).toEqual([]);
			expect(m.smallestDisc, `${name}: a person's disc in px`).toBeGreaterThanOrEqual(36);
			expect(m.height, `${name}: height in px`).toBeLessThanOrEqual(768);
			expect(m.width, `${name}: width in px`).toBeLessThanOrEqual(1024);
		});
	}
	await page.goto(`${casePath}/cirkel`);
	await expectNoAxeViolations(page);

	// The comparison: both versions as large as a drawing on its own page.
	await page.goto(`${casePath}/versies`);
	await page.getByRole('button', { name: 'Vergelijken' }).click();
	for (const name of ['Ecogram van Demo: M.K., eerste versie', 'Ecogram van Demo: M.K., tweede versie']) {
		const box = await page.getByRole('img', { name }).boundingBox();
		expect(box!.width, name).toBeGreaterThanOrEqual(980);
		await withScannablePage(page, async (target) => {
			const m = await target.getByRole('img', { name }).evaluate(measureDrawing);
			expect(m.outside, `${name}: outside the drawing`).toEqual([]);
			expect(m.overlapping, `${name}: overlapping texts`).toEqual([]);
			expect(m.smallestDisc, `${name}: a person's disc in px`).toBeGreaterThanOrEqual(36);
		});
	}
	await expectNoAxeViolations(page);
});

test('40 people: every name of the drawings inside and apart in the browser, not only in the estimate @once', async ({
	page
}) => {
	// The drawing as the server renders it, measured in the browser's own font (a static SVG: JavaScript
	// cannot change it). The same 40 people as the layout's unit test.
	const { fortyPeople } = await import('../src/lib/server/network/network-layout.fixtures');
	const { renderNetworkSvg } = await import('../src/lib/server/network/render-network-svg');
	const { persons, ties } = fortyPeople();
	for (const kind of ['circle', 'ecogram'] as const) {
		const svg = renderNetworkSvg(persons, ties, { kind, clientLabel: 'Cliënt 40', idPrefix: kind, title: kind });
		await page.setContent(`<!doctype html><html lang="nl"><body>${svg}</body></html>`);
		const m = await page.locator('svg').evaluate(measureDrawing);
		expect(m.texts.length).toBeGreaterThan(40);
		expect(m.outside, `${kind}: outside the drawing`).toEqual([]);
		expect(m.overlapping, `${kind}: overlapping texts`).toEqual([]);
	}
});

test('blank worksheets download as A3 PDFs @once', async ({ page }) => {
	await page.goto('/netwerk/werkbladen');
	await expectNoAxeViolations(page);
	for (const name of ['Werkblad groslijst', 'Werkblad netwerkcirkel', 'Werkblad ecogram']) {
		const file = await downloadOf(page, () => page.getByRole('link', { name: new RegExp(`^${name}`) }).click());
		expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
		// A3 landscape in points: 1190.55 × 841.89.
		expect(file.body.toString('latin1')).toMatch(/\/MediaBox \[0 0 1190\.5\d* 841\.8\d*\]/u);
	}
});

test('the workers on a casus change: a team colleague joins, and whoever leaves loses access @once', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const label = `W ${unique(testInfo)}`;
	const path = await createCaseByRequest(page, label);
	await page.goto(path);
	const section = page.getByRole('region', { name: "Collega's bij deze casus" });
	const boxes = section.getByRole('group', { name: 'Wie werken aan deze casus?' });
	const me = boxes.getByLabel('Sanne de Vries (jij)', { exact: true });
	const ahmed = boxes.getByLabel('Ahmed Bakker', { exact: true });
	const save = () => section.getByRole('button', { name: "Collega's bewaren" }).click();
	await expect(me).toBeChecked();
	await expect(ahmed).not.toBeChecked();
	// Lotte Jansen is in another team: she cannot be chosen. (This new casus's groslijst is scanned in
	// the groslijst test; the refusal below is scanned here.)
	await expect(boxes.getByLabel('Lotte Jansen')).toHaveCount(0);

	await test.step('nobody left on the casus is refused with a clear message', async () => {
		await me.uncheck();
		await save();
		await expect(page.getByRole('alert')).toContainText('Er moet minstens één sociaal werker bij de casus blijven.');
		await expect(boxes).toContainText('Er moet minstens één sociaal werker bij de casus blijven.');
		await expect(me).not.toBeChecked();
		await expectNoAxeViolations(page);
	});

	const coachContext = await browser.newContext({ javaScriptEnabled: jsOn() });
	try {
		const coach = await coachContext.newPage();
		await signInByRequest(coach, 'coach');
		expect((await coach.goto(path))?.status()).toBe(404);

		await test.step('a colleague from the team is added and can open the casus', async () => {
			await me.check();
			await ahmed.check();
			await save();
			await expect(section.getByRole('status')).toContainText("De collega's bij deze casus zijn bewaard.");
			await expect(page.getByRole('main')).toContainText('Deze casus is van: Ahmed Bakker, Sanne de Vries.');
			await expect(me).toBeChecked();
			await expect(ahmed).toBeChecked();
			await coach.goto(path);
			await expect(coach.getByRole('heading', { level: 1 })).toHaveText(`Groslijst van ${label}`);
		});

		await test.step('someone from outside the team is refused with a 400 and a Dutch message', async () => {
			const form = new FormData();
			form.append('workerUserIds', 'iemand-anders');
			const response = await page.request.post(`${path}?/workers`, {
				form,
				headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status()).toBe(400);
			expect(await response.text()).toContain("Je kunt alleen collega's uit je eigen team toevoegen.");
		});

		await test.step('taking yourself off: back to the list, and the casus no longer opens', async () => {
			await page.goto(path);
			await me.uncheck();
			await save();
			await expect(page).toHaveURL(/\/netwerk\?afgemeld=1$/);
			await expect(page.getByRole('status')).toContainText('Je werkt niet meer aan deze casus.');
			await expect(page.getByRole('link', { name: label })).toHaveCount(0);
			expect((await page.goto(path))?.status()).toBe(404);
			await coach.goto(path);
			await expect(coach.getByLabel('Ahmed Bakker (jij)', { exact: true })).toBeChecked();
			await expect(coach.getByLabel('Sanne de Vries', { exact: true })).not.toBeChecked();
		});
	} finally {
		await coachContext.close();
	}
});

test('another worker of the same team, and the admin, cannot open the casus @once', async ({ page, browser }) => {
	const { casePath } = demoNetwork();
	for (const role of ['coach', 'admin'] as const) {
		const context = await browser.newContext({ javaScriptEnabled: jsOn() });
		try {
			const other = await context.newPage();
			await signInByRequest(other, role);
			const response = await other.goto(casePath);
			expect(response?.status(), role).toBeGreaterThanOrEqual(403);
			expect(response?.status(), role).toBeLessThanOrEqual(404);
			await expect(other.getByRole('main')).not.toContainText('tante Fatima');
			const exportResponse = await other.request.get(`${casePath}/export.json`);
			expect([403, 404]).toContain(exportResponse.status());
		} finally {
			await context.close();
		}
	}
	await page.goto('/netwerk');
	await expect(page.getByRole('link', { name: 'Demo: M.K.' })).toBeVisible();
});
