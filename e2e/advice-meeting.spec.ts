import { expect, test } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { downloadOf } from './fixtures/download';
import { unique } from './fixtures/unique';

// Issue 18, exports that fit Office: an advice session's meeting goes into the agenda as an .ics file.

test('a facilitator plans the meeting of a session and downloads its invitation; a wrong time is refused, nothing lost', async ({
	page
}, testInfo) => {
	const question = `Hoe vinden inwoners ons ${unique(testInfo)}?`;
	await signInByRequest(page, 'facilitator');
	await page.goto('/adviesvangen');
	await page.getByLabel('Centrale vraag').fill(question);
	await page.getByLabel('Datum').fill('2030-05-01');
	await page.getByLabel('Plaats').fill('Wijkcentrum De Pijp, zaal 2');
	await page.getByRole('button', { name: 'Maak de sessie' }).click();
	// A day without a start time: refused on that field, the rest kept.
	await expect(page.getByRole('alert').first()).toContainText('Vul zowel een datum als een begintijd in');
	await expect(page.getByLabel('Centrale vraag')).toHaveValue(question);
	await expect(page.getByLabel('Plaats')).toHaveValue('Wijkcentrum De Pijp, zaal 2');
	await page.getByLabel('Begintijd').fill('19:30');
	await page.getByLabel('Hoe lang (minuten)').fill('120');
	await page.getByRole('button', { name: 'Maak de sessie' }).click();
	await expect(page).toHaveURL(/\/adviesvangen\/[0-9a-f-]{36}$/u);

	await expect(page.getByText('Bijeenkomst: 1 mei 2030 om 19:30 · Wijkcentrum De Pijp, zaal 2')).toBeVisible();
	await expectNoAxeViolations(page);
	const file = await downloadOf(page, () => page.getByRole('link', { name: 'Zet in je agenda (.ics)' }).click());
	expect(file.name).toBe('adviesvangen.ics');
	const text = file.body.toString('utf8').replace(/\r\n /gu, '');
	expect(text).toContain('DTSTART:20300501T173000Z');
	expect(text).toContain('DTEND:20300501T193000Z');
	expect(text).toContain('LOCATION:Wijkcentrum De Pijp\\, zaal 2');
	expect(text).toContain(`SUMMARY:Adviesvangen: ${question}`);
	// The settings show the meeting as planned, in Dutch time.
	await expect(page.getByLabel('Begintijd')).toHaveValue('19:30');
	await expect(page.getByLabel('Datum')).toHaveValue('2030-05-01');
});
