import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { createSession, nextPhase, openBoardPage, type CreatedSession } from './fixtures/advice';

/**
 * Issue 12, findings 8, 11 and 13: scripted joins, guessed codes and crafted forms against a live
 * session. Each test says where it comes from with X-Forwarded-For (the e2e server trusts it, as it
 * would a proxy's), so the limits per source are tried without touching other tests.
 */
let counter = 0;
const address = () => `198.51.${(process.pid % 200) + 1}.${(counter += 1)}`;

const base = () => test.info().project.use.baseURL!;

/** A request as a script sends it: no cookie jar, no redirects followed. */
function send(path: string, from: string, form?: Record<string, string>) {
	return fetch(new URL(path, base()), {
		method: form ? 'POST' : 'GET',
		body: form ? new URLSearchParams(form) : undefined,
		headers: {
			origin: new URL(base()).origin,
			accept: 'text/html',
			'x-forwarded-for': from,
			...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
		},
		redirect: 'manual'
	});
}

const join = (session: SessionWithGroup, from: string) =>
	send(`/doe-mee/${session.code}?/join`, from, { groupKey: session.groupKey });

type SessionWithGroup = CreatedSession & { groupKey: string };

async function openSessionForTips(page: Page, question: string): Promise<SessionWithGroup> {
	await signInByRequest(page, 'facilitator');
	const session = await createSession(page, { question });
	await nextPhase(page, session, 'tips');
	const html = await (await send(`/doe-mee/${session.code}`, address())).text();
	const groupKey = /name="groupKey" value="([^"]+)"/u.exec(html)?.[1];
	expect(groupKey).toBeTruthy();
	return { ...session, groupKey: groupKey! };
}

test.describe('a live session against scripts', () => {
	test('phones behind one address all get in: a venue’s Wi-Fi or a carrier’s shared address is not a script', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name === 'js-off', 'HTTP only: once is enough');
		test.setTimeout(180_000);
		const session = await openSessionForTips(page, `Zaal met één wifi ${testInfo.project.name}`);
		const wifi = address();
		for (let i = 0; i < 60; i++) expect((await join(session, wifi)).status, `phone ${i + 1}`).toBe(303);
		await page.goto(session.path);
		await expect(page.getByRole('main')).toContainText('Deelnemers: 60');
		// A national session behind one NAT address: joins count per session, not per source (the
		// limit of 300 per source that stood here refused the 301st phone).
		const statuses: number[] = [];
		for (let i = 0; i < 301; i++) statuses.push((await join(session, wifi)).status);
		expect(statuses.filter((s) => s !== 303)).toEqual([]);
		await page.reload();
		await expect(page.getByRole('main')).toContainText('Deelnemers: 361');
	});

	test('guessing join codes: 20 wrong codes a minute from one address, then a Dutch 429 that says when', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name === 'js-off', 'HTTP only: once is enough');
		const session = await openSessionForTips(page, `Raden ${testInfo.project.name}`);
		const guesser = address();
		const letters = 'ACDEFGHJKMNPQRTUVWXY';
		const wrong = (i: number) => `QQ${letters[i % 20]}${letters[(i * 7) % 20]}QQ`;
		for (let i = 0; i < 19; i++) expect((await send('/doe-mee', guesser, { code: wrong(i) })).status).toBe(404);
		// A wrong code in the address counts too.
		expect((await send('/doe-mee/QQQQQQ', guesser)).status).toBe(404);
		const refused = await send('/doe-mee', guesser, { code: session.code });
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await refused.text()).toMatch(/Je probeerde te vaak een code die niet bestaat\. Wacht \d+ seconden/u);
		// Even the right code: the answer tells a guesser nothing. Another address goes straight in.
		expect((await send(`/doe-mee/${session.code}`, guesser)).status).toBe(429);
		expect((await send('/doe-mee', address(), { code: session.code })).status).toBe(303);
	});

	test('guessing card codes at /f: the limit and the 429 page in the resident’s language', async ({
		baseURL
	}, testInfo) => {
		test.skip(testInfo.project.name === 'js-off', 'HTTP only: once is enough');
		expect(baseURL).toBeTruthy();
		const guesser = address();
		let wrongs = 0;
		for (let i = 0; wrongs < 20 && i < 40; i++) {
			const response = await send('/f?taal=en', guesser, {
				code: `KKKK-${'ACDEFGHJKM'[i % 10]}${'NPQRTUVWXY'[Math.floor(i / 10)]}AA`
			});
			if (response.status === 404) wrongs += 1;
		}
		expect(wrongs).toBe(20);
		const refused = await send('/f/KKKK-MNAA?taal=ar', guesser);
		expect(refused.status).toBe(429);
		const html = await refused.text();
		expect(html).toContain('lang="ar" dir="rtl"');
		expect(html).toMatch(/يرجى الانتظار (\d+ ثانية|\d+ ثوانٍ|ثانية واحدة|ثانيتين)/u);
		// The way back says where it goes, in Arabic, not a bare "/f" (issue 13, item 9).
		expect(html).toContain('<a href="/f?taal=ar">كتابة رمز البطاقة</a>');
		expect(refused.headers.get('content-security-policy')).toBeTruthy();
	});
});

test.describe('the facilitator locks the room and clears empty joins', () => {
	test('"Niemand kan er nog bij": a new phone reads that it is closed; empty joins are removed', async ({
		page
	}, testInfo) => {
		const session = await openSessionForTips(page, `Dichte zaal ${testInfo.project.name}`);
		const talker = address();
		const joined = await join(session, talker);
		const cookie = joined.headers.get('set-cookie')!.split(';')[0];
		const tip = await fetch(new URL(`/doe-mee/${session.code}?/tip`, base()), {
			method: 'POST',
			body: new URLSearchParams({ text: 'Luister echt naar me', nonce: 'guard-nonce-1' }),
			headers: {
				origin: new URL(base()).origin,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				cookie,
				'x-forwarded-for': talker
			},
			redirect: 'manual'
		});
		expect(tip.status).toBe(303);
		const wave = address();
		for (let i = 0; i < 25; i++) expect((await join(session, wave)).status).toBe(303);

		await openBoardPage(page, session.path);
		const main = page.getByRole('main');
		await expect(main).toContainText('Deelnemers: 26');
		await expect(page.getByTestId('room-state')).toHaveText('Iedereen met de code kan meedoen.');
		await page.getByRole('button', { name: 'Niemand kan er nog bij' }).click();
		await expect(main).toContainText('De sessie is dicht voor nieuwe deelnemers.');
		await expect(page.getByTestId('room-state')).toHaveText(
			'Niemand kan er nog bij. Wie al meedoet, kan gewoon verder.'
		);

		const phone = await page
			.context()
			.browser()!
			.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
		const phonePage = await phone.newPage();
		await phonePage.goto(`/doe-mee/${session.code}`);
		await expect(phonePage.getByRole('main')).toContainText('Deze sessie is dicht voor nieuwe deelnemers.');
		await expect(phonePage.getByRole('button', { name: 'Doe mee', exact: true })).toHaveCount(0);
		const refused = await join(session, address());
		expect(refused.status).toBe(409);
		await phone.close();

		await page.getByRole('button', { name: 'Deelnemers zonder tips of stippen weghalen' }).click();
		await expect(main).toContainText('25 deelnemers zonder tips of stippen weggehaald.');
		await expect(main).toContainText('Deelnemers: 1 ');
		await page.getByRole('button', { name: 'Weer openzetten voor nieuwe deelnemers' }).click();
		await expect(main).toContainText('Nieuwe deelnemers kunnen weer meedoen.');
		expect((await join(session, address())).status).toBe(303);
	});
});

test.describe('crafted input', () => {
	test('a NUL byte in a tip and huge vote numbers give a 400 with a Dutch message, never a 500', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name === 'js-off', 'HTTP only: once is enough');
		const session = await openSessionForTips(page, `Rare invoer ${testInfo.project.name}`);
		const from = address();
		const cookie = (await join(session, from)).headers.get('set-cookie')!.split(';')[0];
		const post = (action: string, form: Record<string, string>) =>
			fetch(new URL(`/doe-mee/${session.code}?/${action}`, base()), {
				method: 'POST',
				body: new URLSearchParams(form),
				headers: {
					origin: new URL(base()).origin,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					cookie,
					'x-forwarded-for': from
				},
				redirect: 'manual'
			});
		const tip = await post('tip', { text: 'Neem de tijd\u0000', nonce: 'crafted-nonce-1' });
		expect(tip.status).toBe(400);
		expect(await tip.text()).toContain('onzichtbaar stuurteken');
		await nextPhase(page, session, 'clustering');
		await nextPhase(page, session, 'voting');
		const theme = '00000000-0000-4000-8000-000000000000';
		for (const form of [
			{ version: '0', [`dots_${theme}`]: '99999999999' },
			{ version: '0', [`dots_${theme}`]: '1e21' },
			{ version: '2147483648', [`dots_${theme}`]: '1' },
			{ version: '1e21', [`dots_${theme}`]: '1' }
		]) {
			const response = await post('vote', form);
			expect(response.status, JSON.stringify(form)).toBe(400);
			expect(await response.text()).toMatch(/stippen|veranderd/iu);
		}
	});
});
