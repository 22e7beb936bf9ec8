import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { downloadOf } from './fixtures/download';
import {
	chooseDots,
	dotsField,
	createSession,
	expectItemsInAnyOrder,
	expectParticipantSees,
	GROUPS,
	joinAsParticipant,
	nextPhase,
	ownTips,
	saveDots,
	sendTip,
	openBoardPage,
	type Participant,
	writeTopIdea
} from './fixtures/advice';
import { everyone, meetingTexts, prepareMeeting, quietVoter, setPhaseByRequest } from './fixtures/advice-seed';
import { unique } from './fixtures/unique';

/**
 * A whole meeting, a facilitator and three participants on their own phones, in four parts that run
 * side by side: each part starts from the state the part before it leaves, made by requests to the
 * real form actions (e2e/fixtures/advice-seed.ts), and goes on to the next phase with the
 * facilitator's own button. Together: every phase, the results, the report and its downloads.
 */
test.describe.configure({ timeout: 180_000 });

/** Pick a select menu's option by typing (the browser's type-ahead), with no mouse. */
async function chooseByKeyboard(page: Page, label: string, option: string): Promise<void> {
	const select = page.getByLabel(label, { exact: true });
	await select.focus();
	await page.keyboard.type(option);
	await expect(select.locator('option:checked')).toHaveText(option);
}

/** "Press" a button with the keyboard: focus it and press Enter, as a keyboard user does after Tab. */
async function pressButton(page: Page, name: string): Promise<void> {
	const button = page.getByRole('button', { name, exact: true });
	await button.focus();
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
}

test('1. participants join with the code and send tips; the facilitator sees every tip with its group', async ({
	page,
	browser
}, testInfo) => {
	const { question, tips } = meetingTexts(unique(testInfo));

	await signInByRequest(page, 'facilitator');
	await page.goto('/adviesvangen');
	await expectNoAxeViolations(page);
	const session = await createSession(page, { question });
	await expectNoAxeViolations(page);
	await nextPhase(page, session, 'tips');

	const people: Participant[] = [];
	try {
		const resident = await test.step('participants join with the code, typed as they like', async () => {
			// The first one on the join page: the code in lower case, with a space; checked by axe on the way.
			const context = await browser.newContext();
			const p = await context.newPage();
			await p.goto('/doe-mee');
			await expectNoAxeViolations(p);
			await p
				.getByLabel('Code')
				.fill(`${session.code.slice(0, 3).toLowerCase()} ${session.code.slice(3).toLowerCase()}`);
			await p.getByRole('button', { name: 'Verder' }).click();
			await expect(p).toHaveURL(new RegExp(`/doe-mee/${session.code}$`));
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(session.question);
			await expect(p.getByRole('group', { name: 'Ik doe mee als' })).toBeVisible();
			// Without JavaScript this page also says to refresh it (a <noscript>).
			await expectNoAxeViolations(p, { withoutJs: true });
			await p.getByRole('radio', { name: 'inwoner', exact: true }).check();
			await p.getByRole('button', { name: 'Doe mee', exact: true }).click();
			await expect(p.getByRole('main')).toContainText('Je doet mee als inwoner.');
			await expect(p.getByRole('main')).toContainText(`Nu: ${'Tips verzamelen'}`);
			const joined = { context, page: p, group: GROUPS.residents };
			people.push(joined);
			return joined;
		});
		const worker = await joinAsParticipant(browser, session.code.toLowerCase(), GROUPS.workers);
		people.push(worker);
		const policy = await joinAsParticipant(
			browser,
			`${session.code.slice(0, 3)}-${session.code.slice(3)}`,
			GROUPS.policy
		);
		people.push(policy);

		await test.step('participants send tips and see only their own', async () => {
			await sendTip(resident.page, tips.time);
			await expectNoAxeViolations(resident.page, { withoutJs: true });
			await sendTip(resident.page, tips.callBack);
			await sendTip(worker.page, tips.promise);
			await sendTip(policy.page, tips.forms);
			await expectItemsInAnyOrder(ownTips(resident.page), [
				`${tips.time} (op de muur)`,
				`${tips.callBack} (op de muur)`
			]);
			await expect(ownTips(worker.page)).toHaveText([`${tips.promise} (op de muur)`]);
			await expect(ownTips(policy.page)).toHaveText([`${tips.forms} (op de muur)`]);
		});

		await test.step('the facilitator sees every tip with its group, never who sent it', async () => {
			await page.goto(`${session.path}/tips`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tips');
			const all = page.getByRole('region', { name: 'Alle tips' }).getByRole('listitem');
			await expect(all).toHaveCount(4);
			await expect(all.filter({ hasText: tips.time })).toContainText(`${GROUPS.residents} · op de muur`);
			await expect(all.filter({ hasText: tips.promise })).toContainText(`${GROUPS.workers} · op de muur`);
			await expect(all.filter({ hasText: tips.forms })).toContainText(`${GROUPS.policy} · op de muur`);
			await expectNoAxeViolations(page);
		});

		await nextPhase(page, session, 'clustering');
		for (const p of people) await expectParticipantSees(p.page, 'De begeleider zet de tips nu in thema');
		await expect(resident.page.getByRole('textbox', { name: 'Jouw tip' })).toHaveCount(0);
	} finally {
		for (const p of people) await p.context.close();
	}
});

test('2. the facilitator groups the tips with the keyboard only', async ({ page, browser }, testInfo) => {
	const texts = meetingTexts(unique(testInfo));
	const { tips, themes } = texts;
	await signInByRequest(page, 'facilitator');
	const { session, room } = await prepareMeeting(page, browser, texts, 'tips');
	try {
		await setPhaseByRequest(page, session, 'clustering');
		await openBoardPage(page, `${session.path}/themas`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Thema's maken");
		await expectNoAxeViolations(page);
		const unthemed = page.getByRole('region', { name: /^Nog geen thema/ });
		await expect(unthemed.getByRole('listitem')).toHaveCount(4);

		// A new theme from two ticked tips: Space ticks a focused checkbox (its label is the tip itself).
		const tick = async (text: string) => {
			const box = page.getByRole('checkbox', { name: text, exact: true });
			await box.focus();
			await page.keyboard.press('Space');
			await expect(box).toBeChecked();
		};
		for (const text of [tips.time, tips.forms]) await tick(text);
		await page.getByLabel('Nieuw thema met de aangevinkte tips').focus();
		await page.keyboard.type(themes.time);
		await page.keyboard.press('Enter');
		const timeColumn = page.getByRole('region', { name: new RegExp(`^${themes.time}`) });
		await expectItemsInAnyOrder(timeColumn.getByRole('listitem'), [
			new RegExp(escape(tips.time)),
			new RegExp(escape(tips.forms))
		]);
		await expect(page, 'redirect na het formulier').toHaveURL(new RegExp(`${session.path}/themas$`));

		// An empty theme, then two ticked tips moved into it with the one menu and "Verplaats".
		await page.getByLabel('Nieuw thema met de aangevinkte tips').focus();
		await page.keyboard.type(themes.promises);
		await pressButton(page, 'Maak het thema');
		const promiseColumn = page.getByRole('region', { name: new RegExp(`^${themes.promises}`) });
		await expect(promiseColumn).toBeVisible();
		for (const text of [tips.callBack, tips.promise]) await tick(text);
		await chooseByKeyboard(page, 'Verplaats de aangevinkte tips naar', themes.promises);
		await pressButton(page, 'Verplaats');
		await expect(promiseColumn.getByRole('listitem')).toHaveCount(2);
		await expect(promiseColumn).toContainText(tips.callBack);
		await expect(promiseColumn).toContainText(tips.promise);
		await expect(unthemed.getByRole('listitem')).toHaveCount(0);
		// Saved on the server, not only on screen.
		await page.reload();
		await expect(page.getByRole('region', { name: new RegExp(`^${themes.promises} \\(2\\)`) })).toBeVisible();
		await expect(page.getByRole('region', { name: new RegExp(`^${themes.time} \\(2\\)`) })).toBeVisible();
		await expectNoAxeViolations(page);
	} finally {
		for (const p of everyone(room)) await p.context.close();
	}
});

test('3. participants spread their dots; the results show the ranking and whether the groups agree', async ({
	page,
	browser
}, testInfo) => {
	const texts = meetingTexts(unique(testInfo));
	const { tips, themes } = texts;
	const main = page.getByRole('main');
	await signInByRequest(page, 'facilitator');
	const { session, room } = await prepareMeeting(page, browser, texts, 'clustering');
	const { resident, worker, policy } = room;
	const quiet: BrowserContext[] = [];
	try {
		await nextPhase(page, session, 'voting');
		await test.step('participants spread their dots', async () => {
			for (const p of everyone(room)) await expectParticipantSees(p.page, 'Verdeel je 3 stippen');
			// The themes with their tips are shown now, to vote on.
			await expect(worker.page.getByRole('main')).toContainText(tips.time);
			await expectNoAxeViolations(resident.page, { withoutJs: true });
			const votes: [Participant, number, number][] = [
				[resident, 2, 1],
				[worker, 2, 1],
				[policy, 0, 3]
			];
			for (const [p, time, promises] of votes) {
				await chooseDots(p.page, themes.time, time);
				await chooseDots(p.page, themes.promises, promises);
				await saveDots(p.page);
				await expect(p.page.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();
				await expect(dotsField(p.page, themes.promises)).toHaveValue(String(promises));
			}
			// Two more residents and two more workers vote as the first ones did, from phones that only
			// send the form: those groups reach 3 voters; policy makers stay at 1.
			const field = async (theme: string) => (await dotsField(resident.page, theme).getAttribute('name')) ?? '';
			const ballot: [string, string][] = [
				[await field(themes.time), '2'],
				[await field(themes.promises), '1']
			];
			for (const key of ['inwoners', 'inwoners', 'sociaal-werkers', 'sociaal-werkers']) {
				quiet.push(await quietVoter(browser, session, key, ballot));
			}
		});

		await test.step('results: the ranking and whether the groups agree', async () => {
			await page.goto(`${session.path}/uitslag`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslag');
			await expect(main).toContainText('Alle gegeven stippen: 21.');
			await expect(
				page.getByRole('list', { name: "Thema's op volgorde van stippen" }).getByRole('listitem')
			).toHaveText([new RegExp(`${themes.time}.*Stippen: 12`), new RegExp(`${themes.promises}.*Stippen: 9`)]);
			await expect(main).toContainText(
				"Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (100% van hun stippen)."
			);
			// One policy maker voted: their own choice would show, so their group has no figures of its own.
			await expect(main).not.toContainText('beleidsmakers kozen');
			await expect(main).toContainText('Groepen met minder dan 3 stemmers tonen we niet');
			const table = page.getByRole('table', { name: "De top-thema's per groep" });
			await expect(table.getByRole('row', { name: new RegExp(`^${GROUPS.residents}`) })).toContainText(themes.time);
			await expect(table.getByRole('row', { name: new RegExp(`^${GROUPS.policy}`) })).toHaveCount(0);
			await expectNoAxeViolations(page);

			await page.getByRole('button', { name: 'Laat de uitslag zien aan deelnemers' }).click();
			await expect(main).toContainText('Deelnemers zien de uitslag op hun telefoon.');
			await expectParticipantSees(policy.page, "Thema's op volgorde van stippen");
			await expect(policy.page.getByRole('main')).toContainText(
				"Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (100% van hun stippen)."
			);
			await expect(policy.page.getByRole('main')).not.toContainText('beleidsmakers kozen');
			await expect(policy.page.getByRole('main')).toContainText('Groepen met minder dan 3 stemmers tonen we niet.');
			await expectNoAxeViolations(policy.page, { withoutJs: true });
		});
	} finally {
		for (const c of quiet) await c.close();
		for (const p of everyone(room)) await p.context.close();
	}
});

test('4. a top idea with a quote, a response and an action; the report and its downloads; closing', async ({
	page,
	browser
}, testInfo) => {
	const tag = unique(testInfo);
	const texts = meetingTexts(tag);
	const { tips, themes } = texts;
	const main = page.getByRole('main');
	await signInByRequest(page, 'facilitator');
	const { session, room } = await prepareMeeting(page, browser, texts, 'voted');
	try {
		await nextPhase(page, session, 'top');
		await test.step('a top idea with a quote, the response of the organisation and an action', async () => {
			const wording = `Doe wat je belooft, en bel terug (${tag})`;
			const idea = await writeTopIdea(page, session, { wording, quote: tips.callBack, tag }, async () => {
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Top-ideeën');
				await expectNoAxeViolations(page);
				await expect(page.getByLabel('Bij welk thema?').locator('option:checked')).toHaveText(
					`${themes.promises} (Stippen: 5)`
				);
			});
			await expect(idea).toContainText(`Thema: ${themes.promises} · stippen: 5`);
			await expect(
				idea.getByRole('button', { name: `Verwijder actie 'Terugbelafspraak in elk dossier (${tag})'` })
			).toBeVisible();
			await expectNoAxeViolations(page);
		});

		await test.step('the report: every tip by theme, the top idea, and PDF and CSV downloads', async () => {
			await page.goto(`${session.path}/verslag`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Verslag: ${session.question}`);
			for (const text of Object.values(tips)) await expect(main).toContainText(text);
			await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${themes.promises}`) })).toContainText(
				'Stippen: 5'
			);
			const promiseList = page
				.getByRole('heading', { level: 3, name: new RegExp(`^${themes.promises}`) })
				.locator('xpath=following-sibling::ul[1]');
			// Tips are not in arrival order (they keep only their day): any order.
			await expectItemsInAnyOrder(promiseList.getByRole('listitem'), [
				`${tips.callBack} (${GROUPS.residents})`,
				`${tips.promise} (${GROUPS.workers})`
			]);
			await expect(page.getByRole('blockquote')).toHaveText(`“${tips.callBack}”`);
			await expect(main).toContainText(`We bellen binnen twee werkdagen terug (${tag}).`);
			await expect(main).toContainText(`Terugbelafspraak in elk dossier (${tag}) — Teamcoach Zuid`);
			await expect(main).toContainText(`${GROUPS.residents}: 1`);
			await expectNoAxeViolations(page);

			const pdf = await downloadOf(page, () => page.getByRole('link', { name: 'Download als PDF' }).click());
			expect(pdf.name).toMatch(/\.pdf$/);
			expect(pdf.body.subarray(0, 5).toString('latin1'), 'PDF-kop').toBe('%PDF-');
			expect(pdf.body.subarray(-1024).toString('latin1'), 'PDF-einde').toContain('%%EOF');

			const csv = await downloadOf(page, () =>
				page.getByRole('link', { name: 'Download als CSV (spreadsheet)' }).click()
			);
			expect(csv.name).toMatch(/\.csv$/);
			const text = csv.body.toString('utf8');
			for (const tip of Object.values(tips)) expect(text).toContain(tip);
			// The Dutch Excel dialect of every export: Dutch columns and kinds, ";", dates as dd-mm-jjjj.
			expect(text.startsWith('\uFEFFSoort;Thema;Stippen;Groep;Tekst;Wie;Wanneer klaar;Stand\r\n')).toBe(true);
			expect(text).toContain(`tip;${themes.promises};5;${GROUPS.residents};${tips.callBack}`);
			expect(text).toContain(`topidee;${themes.promises};5;;"Doe wat je belooft, en bel terug`);
			expect(text).toContain(`citaat;${themes.promises};;;${tips.callBack}`);
			expect(text).toContain(
				`actie;${themes.promises};;;Terugbelafspraak in elk dossier (${tag});Teamcoach Zuid;01-03-2027;`
			);
			expect(text).toMatch(/\r\nreactie;[^\r]*;\d{2}-\d{2}-\d{4};\r\n/u);
		});

		await test.step('closing: participants are thanked', async () => {
			await nextPhase(page, session, 'closed');
			await expect(page.getByRole('button', { name: /^Ga naar:/ })).toHaveCount(0);
			for (const p of everyone(room))
				await expectParticipantSees(p.page, 'De sessie is klaar. Bedankt voor je tips en je stem!');
			await expect(room.resident.page.getByRole('button', { name: 'Bewaar mijn stippen' })).toHaveCount(0);
			await page.goto(`${session.path}/muur`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.question);
			await expect(page.getByRole('main')).toContainText(`Top-idee 1: Doe wat je belooft, en bel terug (${tag})`);
			await expectNoAxeViolations(page);
		});
	} finally {
		for (const p of everyone(room)) await p.context.close();
	}
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
