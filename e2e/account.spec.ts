import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { signInByRequest, signInByRequestWith } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { downloadOf } from './fixtures/download';
import { createMember, openMemberPage } from './fixtures/members';
import { createCaseByRequest } from './fixtures/network';
import { ROUTES } from './fixtures/access-matrix';
import { unique } from './fixtures/unique';

// Issue 18, AVG: a member downloads all their data from /account (a short-lived link, only for
// them); an admin first sees what an erasure does, then erases, and the person is gone everywhere.

test('a member downloads all their data from their account page', async ({ page, browser }, testInfo) => {
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signInByRequest(admin, 'admin');
	const member = await createMember(admin, browser, testInfo);
	await adminContext.close();
	await signInByRequestWith(page, member.email, member.password);
	const label = `Casus ${unique(testInfo)}`;
	await createCaseByRequest(page, label, ['Oma Annie']);

	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
	await expect(page).toHaveURL('/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
	await expect(page.getByRole('main')).toContainText(member.email);
	await expectNoAxeViolations(page);

	const file = await downloadOf(page, () => page.getByRole('link', { name: 'Download al mijn gegevens' }).click());
	expect(file.name).toBe('vakspiegel-gegevens.zip');
	const files = unzipSync(new Uint8Array(file.body));
	expect(Object.keys(files).sort()).toEqual(['gegevens.json', 'index.html']);
	const data = JSON.parse(strFromU8(files['gegevens.json']));
	expect(data.tables.user[0].email).toBe(member.email);
	expect(data.tables.network_case.map((c: { label: string }) => c.label)).toContain(label);
	expect(data.tables.network_person.map((p: { name: string }) => p.name)).toContain('Oma Annie');
	const html = strFromU8(files['index.html']);
	expect(html).toContain('andere mensen');
	expect(html).not.toContain('password');
});

test('the download link works only for the account it was made for, and not without it @once', async ({
	page,
	browser
}) => {
	await signInByRequest(page, 'worker');
	await page.goto('/account');
	const href = await page.getByRole('link', { name: 'Download al mijn gegevens' }).getAttribute('href');
	expect(href).toMatch(/^\/account\/gegevens\.zip\?t=/);
	expect((await page.request.get(href!)).status()).toBe(200);
	// Another member with the worker's link: refused, and nothing of the worker in the answer.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signInByRequest(otherPage, 'coach');
	const stolen = await otherPage.request.get(href!);
	expect(stolen.status()).toBe(403);
	expect(stolen.headers()['content-type']).not.toContain('zip');
	// A link made for the coach does not open the worker's data either, and no link opens nothing.
	expect((await otherPage.request.get('/account/gegevens.zip')).status()).toBe(403);
	await other.close();
	// Signed out: the link is of no use.
	const anonymous = await browser.newContext();
	const r = await (await anonymous.newPage()).request.get(href!, { maxRedirects: 0 });
	expect([401, 303]).toContain(r.status());
	await anonymous.close();
});

test('an admin sees what an erasure does, erases a member, and the member is gone', async ({
	page,
	browser
}, testInfo) => {
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);
	const memberContext = await browser.newContext();
	const memberPage = await memberContext.newPage();
	await signInByRequestWith(memberPage, member.email, member.password);
	await createCaseByRequest(memberPage, `Casus ${unique(testInfo)}`, ['Buurvrouw']);

	// In the demo worker's team, so that colleagues see the name on the team's pages until the erasure.
	await openMemberPage(page, member.email);
	await page.getByRole('checkbox', { name: 'Team Noord' }).check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen');
	await page.getByRole('link', { name: 'Bekijk wat er gewist wordt' }).click();
	await expect(page).toHaveURL(/\/beheer\/leden\/[^/]+\/wissen$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle gegevens wissen (AVG)');
	const table = page.getByRole('table', { name: `Wat er gebeurt met de gegevens van ${member.name}` });
	await expect(table.getByRole('row').filter({ hasText: 'network_case' }).first()).toContainText('Verwijderen');
	await expect(table.getByRole('row').filter({ hasText: 'audit_log' })).toContainText('Anoniem maken');
	await expectNoAxeViolations(page);

	// Without the tick: a clear message, nothing erased.
	await page.getByRole('button', { name: `${member.name} definitief wissen` }).click();
	await expect(page.getByRole('alert')).toContainText('Vink aan dat je weet dat wissen niet terug kan.');
	await expectNoAxeViolations(page, { withoutJs: true });
	await page.getByLabel('Ik weet dat wissen niet terug kan').check();
	await page.getByRole('button', { name: `${member.name} definitief wissen` }).click();
	await expect(page).toHaveURL('/beheer/leden?gewist=1');
	await expect(page.getByRole('main')).toContainText('De gegevens zijn gewist');

	// Signed out everywhere, and nowhere to be seen for the admin or a colleague.
	await memberPage.goto('/');
	await expect(memberPage).toHaveURL(/\/inloggen/);
	await memberContext.close();
	for (const path of ['/beheer/leden', '/beheer/auditlog', '/beheer']) {
		await page.goto(path);
		await expect(page.getByRole('main')).not.toContainText(member.name);
		await expect(page.getByRole('main')).not.toContainText(member.email);
	}
	const colleague = await browser.newContext();
	const worker = await colleague.newPage();
	await signInByRequest(worker, 'worker');
	await worker.goto('/team');
	await expect(worker.getByRole('main')).not.toContainText(member.name);
	await colleague.close();
});

/**
 * Links on a page that a person could follow: same site, not an action or an asset, and no PDF or
 * ZIP (binary: nothing to read in them here, and making them costs the server the most CPU, which
 * slowed the live updates of tests running beside this one).
 */
function followable(body: string): string[] {
	const out: string[] = [];
	for (const m of body.matchAll(/\bhref="([^"#]*)/gu)) {
		const href = m[1].replaceAll('&amp;', '&');
		if (!href.startsWith('/') || href.startsWith('//')) continue;
		if (/^\/(?:_app|taal|uitloggen)(?:[/?]|$)|\.(?:css|js|svg|png|ico|woff2?|webmanifest|pdf|zip)(?:\?|$)/u.test(href))
			continue;
		out.push(href);
	}
	return out;
}

/** A link's route: ids and tokens in the path as placeholders, without the query. */
const routeOf = (href: string) =>
	href
		.split('?')[0]
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gu, '[id]')
		.replace(/\/[A-Za-z0-9_-]{20,}(?=\/|$)/gu, '/[token]');

test('after an erasure, no page any remaining role can reach shows the person @once', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	await signInByRequest(page, 'admin');
	const member = await createMember(page, browser, testInfo);
	await openMemberPage(page, member.email);
	const memberPath = new URL(page.url()).pathname;
	const membershipId = memberPath.split('/').at(-1)!;
	await page.getByRole('checkbox', { name: 'Team Noord' }).check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen');
	// The person leaves traces colleagues see on pages with an id: a "wat werkt" story under their name.
	const memberContext = await browser.newContext();
	const memberPage = await memberContext.newPage();
	await signInByRequestWith(memberPage, member.email, member.password);
	const origin = new URL(page.url()).origin;
	const story = await memberPage.request.post('/team/wat-werkt?/create', {
		form: { title: `Verhaal ${unique(testInfo)}`, body: 'Wat hielp: samen aan tafel.', showName: 'ja' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(story.status()).toBe(303);
	const storyPath = story.headers()['location']!.split('?')[0];
	await memberContext.close();
	// The walk can fail: before the erasure a colleague sees the name on the story's own page.
	const colleague = await browser.newContext();
	const colleaguePage = await colleague.newPage();
	await signInByRequest(colleaguePage, 'coach');
	expect(await (await colleaguePage.request.get(storyPath)).text()).toContain(member.name);
	await colleague.close();

	const erased = await page.request.post(`${memberPath}/wissen`, {
		form: { confirm: 'ja' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(erased.status()).toBe(303);

	// Every role that remains walks the site as a person would: every page without an id, then every
	// link found on the pages it reaches (the ids it may see), downloads included.
	const starts = Object.entries(ROUTES)
		.filter(([pattern, entry]) => !pattern.includes('[') && !entry.methods && entry.access !== 'public')
		.map(([pattern]) => pattern);
	const traces = [member.name, member.email, membershipId];
	const seen = new Set<string>();
	for (const role of ['worker', 'coach', 'facilitator', 'admin'] as const) {
		const context = await browser.newContext();
		const rolePage = await context.newPage();
		await signInByRequest(rolePage, role);
		const queue = [storyPath, ...starts];
		const visited = new Set<string>();
		// At most three addresses per route and role: more ids of one route show the same template, and
		// a walk of every id loaded the server enough to slow the live updates of tests beside it.
		const perRoute = new Map<string, number>();
		while (queue.length && visited.size < 400) {
			const path = queue.shift()!;
			const route = routeOf(path);
			if (visited.has(path) || (perRoute.get(route) ?? 0) >= 3) continue;
			visited.add(path);
			perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
			const r = await rolePage.request.get(path, { maxRedirects: 0 });
			const type = r.headers()['content-type'] ?? '';
			if (r.status() !== 200 || !/text|json|calendar|xml/u.test(type)) continue;
			const body = await r.text();
			for (const trace of traces) expect(body, `${role} ${path}`).not.toContain(trace);
			seen.add(`${role} ${path.split('?')[0]}`);
			if (type.includes('html')) queue.push(...followable(body).filter((href) => !visited.has(href)));
		}
		await context.close();
	}
	// Far more than the pages without an id: the walk reached the ids (the story's page among them).
	expect([...seen].filter((s) => /[0-9a-f]{8}-[0-9a-f]{4}/u.test(s)).length).toBeGreaterThan(20);
	expect(seen).toContain(`coach ${storyPath}`);
});
