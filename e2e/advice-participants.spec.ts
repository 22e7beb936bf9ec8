import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import {
	chooseDots,
	dotsField,
	choosePhase,
	createSession,
	expectParticipantSees,
	GROUPS,
	joinAsParticipant,
	jsEnabled,
	nextPhase,
	ownTips,
	postForm,
	saveDots,
	sendTip,
	type CreatedSession,
	openBoardPage,
	type Participant
} from './fixtures/advice';
import { postResponse } from './fixtures/http';
import { unique } from './fixtures/unique';

/**
 * As the facilitator (on `page`): a new session in the voting phase with two themes, each holding one
 * paper tip. Returns the session and the theme names.
 */
async function sessionInVoting(page: Page, tag: string, dots = 3) {
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat helpt jou het meest? (${tag})`, dots });
	await nextPhase(page, session, 'tips');
	const themes = [`Bereikbaarheid ${tag}`, `Uitleg ${tag}`];
	await page.goto(`${session.path}/tips`);
	await page.getByLabel('Tips', { exact: true }).fill(`Neem de telefoon op (${tag})\nLeg brieven uit (${tag})`);
	await page.getByRole('button', { name: 'Voeg de tips toe' }).click();
	await expect(page.getByRole('status')).toContainText('Tips toegevoegd: 2.');
	await nextPhase(page, session, 'clustering');
	await openBoardPage(page, `${session.path}/themas`);
	for (const [i, name] of themes.entries()) {
		const tip = i === 0 ? `Neem de telefoon op (${tag})` : `Leg brieven uit (${tag})`;
		await page.getByRole('checkbox', { name: tip, exact: true }).check();
		await page.getByLabel('Nieuw thema met de aangevinkte tips').fill(name);
		await page.getByRole('button', { name: 'Maak het thema' }).click();
		await expect(page.getByRole('region', { name: new RegExp(`^${name} \\(1\\)`) })).toBeVisible();
	}
	await nextPhase(page, session, 'voting');
	return { session, themes };
}

/** The voting form's fields, as a browser sends them: every theme's select and the hidden version. */
async function voteForm(page: Page): Promise<Record<string, string>> {
	return page
		.locator('form[action="?/vote"]')
		.evaluate((form) => Object.fromEntries([...new FormData(form as HTMLFormElement)].map(([k, v]) => [k, String(v)])));
}

async function dotsShownOnWall(page: Page, session: CreatedSession, theme: string): Promise<string> {
	await page.goto(`${session.path}/uitslag`);
	const row = page
		.getByRole('list', { name: "Thema's op volgorde van stippen" })
		.getByRole('listitem')
		.filter({ hasText: theme });
	return (await row.textContent()) ?? '';
}

test.describe('votes', () => {
	test('more dots than a participant has are refused with a clear message and the choices kept, also in a crafted request', async ({
		page,
		browser
	}, testInfo) => {
		test.slow();
		const tag = unique(testInfo);
		const { session, themes } = await sessionInVoting(page, tag, 3);
		const voter = await joinAsParticipant(browser, session.code, GROUPS.residents);
		try {
			const p = voter.page;
			await expect(p.getByRole('group', { name: /Verdeel je 3 stippen/ })).toBeVisible();
			// Every theme takes up to 3 dots; two of them at 3 is 6.
			await chooseDots(p, themes[0], 3);
			await chooseDots(p, themes[1], 3);
			if (jsEnabled())
				await expect(p.getByRole('main')).toContainText('Je gaf te veel stippen: 3 te veel. Haal er 3 weg.');
			const refused = await postResponse(p, `/doe-mee/${session.code}`, () => saveDots(p));
			expect(refused.status()).toBe(400);
			await expect(p.getByRole('alert')).toContainText(
				'Je hebt 3 stippen, maar je gaf er 6. Haal er 3 weg en bewaar opnieuw. Je keuzes staan er nog.'
			);
			// Nothing is reset to 0: the choices stay, and the form says how many are too many.
			await expect(dotsField(p, themes[0])).toHaveValue('3');
			await expect(dotsField(p, themes[1])).toHaveValue('3');
			await expect(p.getByRole('group', { name: /Verdeel je 3 stippen/ })).toContainText(
				'Je gaf te veel stippen: 3 te veel. Haal er 3 weg.'
			);
			// Taking 3 away and saving again works.
			await chooseDots(p, themes[1], 0);
			await saveDots(p);
			await expect(p.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();
			await expect(dotsField(p, themes[0])).toHaveValue('3');
			await chooseDots(p, themes[0], 0);
			await saveDots(p);
			await expect(p.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();

			// The same with the form's fields changed by hand: 99 dots on one theme.
			await p.goto(`/doe-mee/${session.code}`);
			const fields = await voteForm(p);
			const first = Object.keys(fields).find((k) => k.startsWith('dots_'))!;
			const crafted = await postForm(p, `/doe-mee/${session.code}?/vote`, { ...fields, [first]: '99' });
			expect(crafted.status()).toBe(400);
			expect(await crafted.text()).toContain('Je hebt 3 stippen, maar je gaf er 99. Haal er 96 weg');
			// A negative number does not make room for more dots elsewhere.
			const keys = Object.keys(fields).filter((k) => k.startsWith('dots_'));
			const negative = await postForm(p, `/doe-mee/${session.code}?/vote`, {
				...fields,
				[keys[0]]: '-3',
				[keys[1]]: '6'
			});
			expect(negative.status()).toBe(400);
			expect(await negative.text()).toContain('Kies voor elk thema een aantal stippen van 0 of meer.');

			// Nothing of it was counted.
			await p.goto(`/doe-mee/${session.code}`);
			await expect(dotsField(p, themes[0])).toHaveValue('0');
			expect(await dotsShownOnWall(page, session, themes[0])).toContain('Stippen: 0');
		} finally {
			await voter.context.close();
		}
	});

	test('a replayed or outdated voting form is refused, so dots are never spent twice', async ({
		page,
		browser
	}, testInfo) => {
		test.slow();
		const tag = unique(testInfo);
		const { session, themes } = await sessionInVoting(page, tag, 3);
		const voter = await joinAsParticipant(browser, session.code, GROUPS.workers);
		try {
			const p = voter.page;
			// Two tabs on the same phone, both with the voting form of version 0.
			const other = await voter.context.newPage();
			await other.goto(`/doe-mee/${session.code}`);
			const replay = await voteForm(p);

			await chooseDots(p, themes[0], 3);
			await saveDots(p);
			await expect(p.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();

			// The other tab's (old) form, sent as it is: refused.
			await chooseDots(other, themes[1], 3);
			const refused = await postResponse(other, `/doe-mee/${session.code}`, () => saveDots(other));
			expect(refused.status()).toBe(409);
			await expect(other.getByRole('alert')).toContainText(
				'Je stippen zijn intussen al veranderd, bijvoorbeeld op een ander tabblad. Kijk ze na en sla opnieuw op.'
			);

			// The first request replayed byte for byte (old version), now with 3 dots on the other theme.
			const [dotsFirst, dotsSecond] = Object.keys(replay).filter((k) => k.startsWith('dots_'));
			const replayed = await postForm(p, `/doe-mee/${session.code}?/vote`, {
				...replay,
				[dotsFirst]: '0',
				[dotsSecond]: '3'
			});
			expect(replayed.status()).toBe(409);
			expect(await replayed.text()).toContain('Je stippen zijn intussen al veranderd');

			// Only the first save counts: 3 dots on the first theme, none on the second.
			expect(await dotsShownOnWall(page, session, themes[0])).toContain('Stippen: 3');
			expect(await dotsShownOnWall(page, session, themes[1])).toContain('Stippen: 0');

			// After looking again (a fresh form), moving the dots works.
			await p.goto(`/doe-mee/${session.code}`);
			await chooseDots(p, themes[0], 1);
			await chooseDots(p, themes[1], 2);
			await saveDots(p);
			await expect(p.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();
			expect(await dotsShownOnWall(page, session, themes[0])).toContain('Stippen: 1');
			expect(await dotsShownOnWall(page, session, themes[1])).toContain('Stippen: 2');
		} finally {
			await voter.context.close();
		}
	});
});

test('a participant sees and changes only their own tips and dots', async ({ page, browser, baseURL }, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question: `Wat moet beter? (${tag})` });
	await nextPhase(page, session, 'tips');
	const mine = `Mijn eigen tip over wachttijden (${tag})`;
	const theirs = `Een tip van iemand anders over brieven (${tag})`;
	const people: Participant[] = [];
	// The participant's live stream, read as a phone reads it (no cookie needed), while the tips arrive.
	const stream = new AbortController();
	const received: string[] = [];
	try {
		const a = await joinAsParticipant(browser, session.code, GROUPS.residents);
		people.push(a);
		const b = await joinAsParticipant(browser, session.code, GROUPS.experts);
		people.push(b);

		const response = await fetch(`${baseURL}/doe-mee/${session.code}/live`, { signal: stream.signal });
		expect(response.status).toBe(200);
		void (async () => {
			const decoder = new TextDecoder();
			try {
				for await (const chunk of response.body!) received.push(decoder.decode(chunk as Uint8Array));
			} catch {
				/* aborted */
			}
		})();

		await sendTip(a.page, mine);
		await sendTip(b.page, theirs);

		await test.step('during the tips phase: own tips only, on the page and in the stream', async () => {
			await expect(ownTips(a.page)).toHaveText([`${mine} (op de muur)`]);
			await expect(ownTips(b.page)).toHaveText([`${theirs} (op de muur)`]);
			await a.page.reload();
			await expect(a.page.getByRole('main')).not.toContainText(theirs);
			await expect(b.page.getByRole('main')).not.toContainText(mine);
			// The stream said that tips arrived, never what they say.
			await expect.poll(() => received.join('').match(/event: tip\b/g)?.length ?? 0).toBe(2);
			expect(received.join('')).not.toContain('wachttijden');
			expect(received.join('')).not.toContain('brieven');
		});

		await test.step('without the browser cookie, a tip or a vote is refused', async () => {
			const stranger = await browser.newContext();
			try {
				const s = await stranger.newPage();
				const tip = await postForm(s, `/doe-mee/${session.code}?/tip`, { text: 'Stiekem', nonce: 'stiekem-nonce-1' });
				expect(tip.status()).toBe(401);
				expect(await tip.text()).toContain('Kies eerst je groep om mee te doen.');
				const vote = await postForm(s, `/doe-mee/${session.code}?/vote`, { version: '0' });
				expect(vote.status()).toBe(401);
				expect(await vote.text()).toContain('Kies eerst je groep om mee te doen.');
			} finally {
				await stranger.close();
			}
		});

		await nextPhase(page, session, 'clustering');
		await test.step('while the facilitator makes themes: still no one else’s tips', async () => {
			await expectParticipantSees(b.page, 'De begeleider zet de tips nu in thema');
			await expect(b.page.getByRole('main')).not.toContainText(mine);
			await expect(ownTips(b.page)).toHaveText([`${theirs} (op de muur)`]);
		});
		await openBoardPage(page, `${session.path}/themas`);
		await page.getByRole('checkbox', { name: mine, exact: true }).check();
		await page.getByRole('checkbox', { name: theirs, exact: true }).check();
		await page.getByLabel('Nieuw thema met de aangevinkte tips').fill(`Alles ${tag}`);
		await page.getByRole('button', { name: 'Maak het thema' }).click();
		await expect(page.getByRole('region', { name: new RegExp(`^Alles ${tag} \\(2\\)`) })).toBeVisible();
		await nextPhase(page, session, 'voting');

		await test.step('voting: each sees their own dots only, and saving one does not change the other', async () => {
			await expectParticipantSees(a.page, 'Verdeel je 3 stippen');
			await chooseDots(a.page, `Alles ${tag}`, 3);
			await saveDots(a.page);
			await expect(a.page.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();

			await expectParticipantSees(b.page, 'Verdeel je 3 stippen');
			await b.page.reload();
			await expect(dotsField(b.page, `Alles ${tag}`)).toHaveValue('0');
			await expect(b.page.getByRole('main')).toContainText('Je hebt nog 3 van de 3 stippen.');
			await chooseDots(b.page, `Alles ${tag}`, 1);
			await saveDots(b.page);
			await expect(b.page.getByRole('status').filter({ hasText: 'Je stippen zijn bewaard.' })).toBeVisible();

			await a.page.goto(`/doe-mee/${session.code}`);
			await expect(dotsField(a.page, `Alles ${tag}`)).toHaveValue('3');
			// Own tips stay own, even now that everyone reads the themes' tips.
			await expect(ownTips(a.page)).toHaveText([`${mine} (op de muur)`]);
			// Vote totals are not sent to phones while the results are hidden.
			expect(received.join('')).not.toMatch(/event: votes\b/);
		});
	} finally {
		stream.abort();
		for (const p of people) await p.context.close();
	}
});

test('a closed session refuses tips and votes with a clear message', async ({ page, browser }, testInfo) => {
	test.slow();
	const tag = unique(testInfo);
	const { session, themes } = await sessionInVoting(page, tag, 3);
	const voter = await joinAsParticipant(browser, session.code, GROUPS.policy);
	const closed = 'Deze sessie is gesloten. Je kunt geen tips of stippen meer geven.';
	try {
		const p = voter.page;
		await chooseDots(p, themes[0], 2);
		const fields = await voteForm(p);
		await choosePhase(page, session, 'closed');

		if (jsEnabled()) {
			// The open page follows the session by itself: the form is gone.
			await expect(p.getByRole('main')).toContainText('De sessie is klaar. Bedankt voor je tips en je stem!', {
				timeout: 10_000
			});
			await expect(p.getByRole('button', { name: 'Bewaar mijn stippen' })).toHaveCount(0);
		} else {
			// The page still shows the form from before; sending it is refused.
			const refused = await postResponse(p, `/doe-mee/${session.code}`, () => saveDots(p));
			expect(refused.status()).toBe(409);
			await expect(p.getByRole('alert')).toContainText(closed);
		}
		const vote = await postForm(p, `/doe-mee/${session.code}?/vote`, fields);
		expect(vote.status()).toBe(409);
		expect(await vote.text()).toContain(closed);
		const tip = await postForm(p, `/doe-mee/${session.code}?/tip`, { text: `Te laat (${tag})`, nonce: `n-${tag}` });
		expect(tip.status()).toBe(409);
		expect(await tip.text()).toContain(closed);

		// A newcomer with the code cannot join any more.
		const late = await browser.newContext();
		try {
			const l = await late.newPage();
			await l.goto('/doe-mee');
			await l.getByLabel('Code').fill(session.code.toLowerCase());
			await l.getByRole('button', { name: 'Verder' }).click();
			await expect(l.getByRole('main')).toContainText('Deze sessie is gesloten. Bedankt voor je interesse.');
			await expect(l.getByRole('radio')).toHaveCount(0);
		} finally {
			await late.close();
		}

		// Nothing arrived: no dots, and the report holds the two paper tips only.
		expect(await dotsShownOnWall(page, session, themes[0])).toContain('Stippen: 0');
		await page.goto(`${session.path}/verslag`);
		await expect(page.getByRole('main')).toContainText('Tips: 2');
		await expect(page.getByRole('main')).not.toContainText('Te laat');
	} finally {
		await voter.context.close();
	}
});
