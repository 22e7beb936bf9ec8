import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

// Issue 17, residents' voice beside the code: an editor ties a feedback theme (a dimension of the
// questionnaire) to an article; every member then sees what residents said across the organisation in
// the last finished quarter — the mean and how often each answer was given — or "too few" below the
// threshold. Never per worker. Each project uses its own article, so the runs do not meet. The theme is
// a question of the demo's own questionnaire (no answers yet: "too few"): a figure of the built-in six
// is decided once for the organisation under the team mirror's rule and would decide the demo quarter
// before team-mirror.spec looks at it.
const THEME = 'Hoe ging het samenwerken met de anderen?';

test('an editor ties a feedback theme to an article and a worker sees the figure or "too few"', async ({
	page,
	browser
}) => {
	const number = test.info().project.name === 'js-off' ? '6.2' : '6.1';
	const path = `/beroepscode/artikel/${number}`;
	await signInByRequest(page, 'admin');

	await test.step('the editor links a question of the own questionnaire', async () => {
		await page.goto(path);
		const section = page.getByRole('region', { name: 'Feedback van inwoners bij dit artikel' });
		await expect(section).toContainText('Nog geen feedbackthema');
		await section.getByLabel('Koppel een feedbackthema aan dit artikel').selectOption({ label: THEME });
		await section.getByRole('button', { name: 'Thema koppelen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Het feedbackthema is gekoppeld.' })).toBeVisible();
		await expect(section.getByRole('heading', { level: 3, name: THEME })).toBeVisible();
		// A theme that is tied already is not offered again.
		await expect(section.getByRole('option', { name: THEME })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	await test.step('a worker sees the figure or "too few", and no form to link or unlink', async () => {
		const context = await browser.newContext();
		const worker = await context.newPage();
		await signInByRequest(worker, 'worker');
		await worker.goto(path);
		const section = worker.getByRole('region', { name: 'Feedback van inwoners bij dit artikel' });
		const theme = section.getByRole('listitem').filter({ has: worker.getByRole('heading', { name: THEME }) });
		await expect(theme).toContainText('Nog te weinig antwoorden om iets te laten zien.');
		await expect(section.getByRole('button')).toHaveCount(0);
		await expect(section.getByRole('combobox')).toHaveCount(0);
		await expectNoAxeViolations(worker);
		await context.close();
	});

	await test.step('the editor unlinks it again', async () => {
		const section = page.getByRole('region', { name: 'Feedback van inwoners bij dit artikel' });
		await section.getByRole('button', { name: `Ontkoppel ${THEME}` }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Het feedbackthema is ontkoppeld.' })).toBeVisible();
		await expect(section).toContainText('Nog geen feedbackthema');
	});
});
