import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { createSession, jsEnabled, nextPhase, openBoardPage, type CreatedSession } from './fixtures/advice';
import { unique } from './fixtures/unique';

/** As the facilitator: a session in the clustering phase with these tips typed in from paper. */
async function clusteringWith(page: Page, question: string, tips: string[]): Promise<CreatedSession> {
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question });
	await nextPhase(page, session, 'tips');
	await page.goto(`${session.path}/tips`);
	await page.getByLabel('Tips', { exact: true }).fill(tips.join('\n'));
	await page.getByLabel('Van welke groep komen deze tips?').selectOption({ label: 'ervaringsdeskundigen' });
	await page.getByRole('button', { name: 'Voeg de tips toe' }).click();
	await expect(page.getByRole('status')).toContainText(`Tips toegevoegd: ${tips.length}.`);
	await expect(page.getByRole('region', { name: 'Alle tips' }).getByRole('listitem')).toHaveCount(tips.length);
	await expect(page.getByRole('region', { name: 'Alle tips' })).toContainText(
		'ervaringsdeskundigen · op de muur · van papier'
	);
	await nextPhase(page, session, 'clustering');
	await openBoardPage(page, `${session.path}/themas`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Thema's maken");
	return session;
}

const column = (page: Page, name: string, count: number) =>
	page.getByRole('region', { name: `${name} (${count})`, exact: true });

/** The theme column that holds this tip. */
const columnOf = (page: Page, tip: string) =>
	page
		.getByRole('region')
		.filter({ has: page.getByRole('heading', { level: 2 }) })
		.filter({ has: page.getByRole('listitem').filter({ hasText: tip }) });

const tick = (page: Page, tip: string) => page.getByRole('checkbox', { name: tip, exact: true }).check();
const newTheme = async (page: Page, name: string) => {
	await page.getByLabel('Nieuw thema met de aangevinkte tips').fill(name);
	await page.getByRole('button', { name: 'Maak het thema' }).click();
};

test('the facilitator accepts the suggested grouping, then renames a theme', async ({ page }, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	const time = [
		`Neem de tijd voor mij (${tag})`,
		`Geen haast tijdens het gesprek (${tag})`,
		`Meer aandacht en tijd voor mensen (${tag})`
	];
	const promises = [
		`Bel terug zoals afgesproken (${tag})`,
		`Kom je afspraak na (${tag})`,
		`Doe wat je belooft (${tag})`
	];
	const session = await clusteringWith(page, `Wat maakt vertrouwen? (${tag})`, [...time, ...promises]);

	const suggestion = page.getByRole('region', { name: "Voorstel voor thema's" });
	await expect(suggestion).toContainText(time[0]);
	await expectNoAxeViolations(page);

	await suggestion.getByRole('button', { name: 'Neem het voorstel over' }).click();
	await expect(page.getByRole('status')).toContainText('Voorstel overgenomen: 6 tips in');
	await expect(column(page, 'Nog geen thema', 0)).toBeVisible();
	await expect(suggestion).toHaveCount(0);
	// Time tips and promise tips never share a theme. (Earlier sessions of the organisation may lend
	// their theme names, so a group of tips can follow two earlier themes of the same meaning.)
	for (const t of time) {
		await expect(columnOf(page, t)).toHaveCount(1);
		for (const q of promises) await expect(columnOf(page, t).filter({ hasText: q })).toHaveCount(0);
	}
	for (const q of promises) await expect(columnOf(page, q)).toHaveCount(1);

	// Rename the theme of the time tips (its suggested name may come from earlier sessions).
	const name = (await columnOf(page, time[0]).getByRole('heading', { level: 2 }).textContent())!
		.replace(/\s*\(\d+\)\s*$/, '')
		.trim();
	const count = await columnOf(page, time[0]).getByRole('listitem').count();
	// Rename, merge and delete are on the board itself, not folded away.
	const tools = column(page, name, count);
	await tools.getByLabel(`Nieuwe naam voor ${name}`).fill(`Tijd nemen ${tag}`);
	await tools.getByRole('button', { name: 'Hernoem' }).click();
	await expect(column(page, `Tijd nemen ${tag}`, count)).toBeVisible();
	await page.reload();
	await expect(column(page, `Tijd nemen ${tag}`, count)).toBeVisible();
	await expectNoAxeViolations(page);

	// The participants' voting page will list the themes: the wall shows them already.
	await page.goto(`${session.path}/muur`);
	await expect(page.getByRole('heading', { level: 2, name: `Tijd nemen ${tag}` })).toBeVisible();
});

test('themes can be split, merged and deleted; tips are dragged or moved by menu', async ({ page }, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	const tips = [
		`Zorg voor een tolk bij het eerste gesprek (${tag})`,
		`Gebruik geen moeilijke woorden in brieven (${tag})`,
		`Vraag hoe het met de kinderen gaat (${tag})`
	];
	const session = await clusteringWith(page, `Wat helpt bij de eerste stap? (${tag})`, tips);
	const [a, b, c] = [`Taal ${tag}`, `Gezin ${tag}`, `Brieven ${tag}`];

	// Two tips ticked: a new theme with both.
	await tick(page, tips[0]);
	await tick(page, tips[1]);
	await newTheme(page, a);
	await expect(column(page, a, 2)).toBeVisible();
	await expect(page.getByRole('checkbox', { name: tips[0], exact: true })).not.toBeChecked();

	// Split: one tip out of that theme into a new one.
	await tick(page, tips[1]);
	await newTheme(page, c);
	await expect(column(page, c, 1)).toContainText(tips[1]);
	await expect(column(page, a, 1)).toContainText(tips[0]);

	// Nothing ticked and "Verplaats": a clear message, nothing moves.
	await page.getByRole('button', { name: 'Verplaats', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Vink eerst een of meer tips aan.');

	// An empty theme, then deleted: its tips (none) stay.
	await newTheme(page, b);
	await expect(column(page, b, 0)).toBeVisible();
	await column(page, b, 0)
		.getByRole('button', { name: `Verwijder thema ${b} (de tips blijven)` })
		.click();
	await expect(page.getByRole('region', { name: new RegExp(`^${b}`) })).toHaveCount(0);

	// Merge: "Brieven" into "Taal".
	const tools = column(page, c, 1);
	await tools.getByLabel(`Voeg ${c} samen met`).selectOption({ label: a });
	await tools.getByRole('button', { name: 'Voeg samen' }).click();
	await expect(column(page, a, 2)).toContainText(tips[1]);
	await expect(page.getByRole('region', { name: new RegExp(`^${c}`) })).toHaveCount(0);

	// The last tip into "Taal": dragged with a mouse (JS), or ticked and moved with the menu.
	if (jsEnabled()) {
		await column(page, 'Nog geen thema', 1)
			.getByRole('listitem')
			.dragTo(column(page, a, 2));
	} else {
		await tick(page, tips[2]);
		await page.getByLabel('Verplaats de aangevinkte tips naar').selectOption({ label: a });
		await page.getByRole('button', { name: 'Verplaats', exact: true }).click();
	}
	await expect(column(page, a, 3)).toContainText(tips[2]);
	await expect(column(page, 'Nog geen thema', 0)).toBeVisible();
	await page.goto(`${session.path}/verslag`);
	const list = page
		.getByRole('heading', { level: 3, name: new RegExp(`^${a}`) })
		.locator('xpath=following-sibling::ul[1]');
	await expect(list.getByRole('listitem')).toHaveCount(3);
});
