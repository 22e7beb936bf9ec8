import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInByRequest } from './fixtures/auth';
import { demo, demoNetwork, demoTeam, type DemoRole } from './fixtures/demo';
import { addActivity } from './fixtures/portfolio';

// Issue 12, the headers rule: every +server.ts response (downloads, images, JSON, event streams)
// carries a strict CSP and nosniff, and is a download unless it must show inline. The routes come from
// the route tree, so a new endpoint fails here until it is listed below with what it must send.

const routesDir = path.resolve(import.meta.dirname, '..', 'src', 'routes');

/** Route ids (as SvelteKit writes them: groups kept) of every +server.ts / +server.js. */
function endpointRouteIds(dir = routesDir): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return endpointRouteIds(full);
		if (!/^\+server\.[jt]s$/u.test(entry.name)) return [];
		return ['/' + path.relative(routesDir, dir).split(path.sep).join('/')];
	});
}

interface Ids {
	request: string;
	session: string;
	code: string;
	casus: string;
	/** The demo guide's path (/team/handreikingen/<id>). */
	guide: string;
	/** The demo's learning session of Team Noord (the worker took part). */
	teamSession: string;
	/** The demo's open advice session: its meeting is planned, so it has a calendar invitation. */
	meetingSession: string;
	/** The demo's open consultation round on the sample code (its editor page: admins and redacteurs). */
	codeRound: string;
	/** The worker's short-lived link to their own data, as /account shows it. */
	account: string;
	/** A line in the demo worker's portfolio log, made through the log's form. */
	activity: string;
}

interface Endpoint {
	/** Who asks: a demo role, or nobody (a resident's or participant's phone). */
	role: DemoRole | null;
	method?: 'GET' | 'POST';
	url: (ids: Ids) => string;
	/** How the response may be opened: a download, shown inline (named why), or neither (no file). */
	disposition: 'attachment' | 'inline' | null;
	status?: number | ((ids: Ids) => number);
}

const ENDPOINTS: Record<string, Endpoint> = {
	'/(app)/account/gegevens.zip': { role: 'worker', url: (i) => i.account, disposition: 'attachment' },
	'/(app)/beroepscode/rondes/[id]/reacties.csv': {
		role: 'admin',
		url: (i) => `/beroepscode/rondes/${i.codeRound}/reacties.csv`,
		disposition: 'attachment'
	},
	'/(app)/beroepscode/rondes/[id]/reacties.pdf': {
		role: 'admin',
		url: (i) => `/beroepscode/rondes/${i.codeRound}/reacties.pdf`,
		disposition: 'attachment'
	},
	'/(app)/team/sessies/[id]/live': {
		role: 'worker',
		url: (i) => `/team/sessies/${i.teamSession}/live`,
		disposition: null
	},
	'/(app)/adviesvangen/[id]/live': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.session}/live`,
		disposition: null
	},
	// Shown in an <img> on the session page and the wall.
	'/(app)/adviesvangen/[id]/qr.svg': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.session}/qr.svg`,
		disposition: 'inline'
	},
	// The QR code to the public outcome page, shown in an <img> on the top-ideas page and the wall.
	'/(app)/adviesvangen/[id]/uitkomst-qr.svg': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.session}/uitkomst-qr.svg`,
		disposition: 'inline'
	},
	'/(app)/adviesvangen/[id]/uitnodiging.ics': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.meetingSession}/uitnodiging.ics`,
		disposition: 'attachment'
	},
	'/(app)/team/sessies/[id]/uitnodiging.ics': {
		role: 'worker',
		url: (i) => `/team/sessies/${i.teamSession}/uitnodiging.ics`,
		disposition: 'attachment'
	},
	'/(app)/adviesvangen/[id]/verslag/verslag.csv': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.session}/verslag/verslag.csv`,
		disposition: 'attachment'
	},
	'/(app)/adviesvangen/[id]/verslag/verslag.pdf': {
		role: 'facilitator',
		url: (i) => `/adviesvangen/${i.session}/verslag/verslag.pdf`,
		disposition: 'attachment'
	},
	'/(app)/feedback/export.csv': { role: 'worker', url: () => '/feedback/export.csv', disposition: 'attachment' },
	'/(app)/feedback/export.pdf': { role: 'worker', url: () => '/feedback/export.pdf', disposition: 'attachment' },
	// The demo has no recordings: a recording that plays is in feedback-recording.spec.ts; here the refusal.
	'/(app)/feedback/media/[id]': {
		role: 'worker',
		url: () => '/feedback/media/00000000-0000-4000-8000-000000000000',
		disposition: null,
		status: 404
	},
	'/(app)/feedback/verzoeken/[id]/kaartjes.pdf': {
		role: 'worker',
		method: 'POST',
		url: (i) => `/feedback/verzoeken/${i.request}/kaartjes.pdf`,
		disposition: 'attachment'
	},
	'/(app)/feedback/verzoeken/[id]/qr.png': {
		role: 'worker',
		url: (i) => `/feedback/verzoeken/${i.request}/qr.png`,
		disposition: 'attachment'
	},
	// Shown in an <img> on the request page.
	'/(app)/feedback/verzoeken/[id]/qr.svg': {
		role: 'worker',
		url: (i) => `/feedback/verzoeken/${i.request}/qr.svg`,
		disposition: 'inline'
	},
	'/(app)/netwerk/[id]/export.csv': {
		role: 'worker',
		url: (i) => `/netwerk/${i.casus}/export.csv`,
		disposition: 'attachment'
	},
	'/(app)/netwerk/[id]/export.json': {
		role: 'worker',
		url: (i) => `/netwerk/${i.casus}/export.json?zonder-namen`,
		disposition: 'attachment'
	},
	'/(app)/netwerk/[id]/export.pdf': {
		role: 'worker',
		url: (i) => `/netwerk/${i.casus}/export.pdf`,
		disposition: 'attachment'
	},
	'/(app)/netwerk/werkbladen/[kind].pdf': {
		role: 'worker',
		url: () => '/netwerk/werkbladen/ecogram.pdf',
		disposition: 'attachment'
	},
	'/(app)/team/handreikingen/[id]/handreiking.pdf': {
		role: 'worker',
		url: (i) => `${i.guide}/handreiking.pdf`,
		disposition: 'attachment'
	},
	// The portfolio exports (issue 19): the demo worker's own, after the resident-data guard.
	'/(app)/ontwikkeling/export/overzicht.pdf': {
		role: 'worker',
		url: () => '/ontwikkeling/export/overzicht.pdf',
		disposition: 'attachment'
	},
	'/(app)/ontwikkeling/export/overzicht.csv': {
		role: 'worker',
		url: () => '/ontwikkeling/export/overzicht.csv',
		disposition: 'attachment'
	},
	'/(app)/ontwikkeling/export/portfolio.xml': {
		role: 'worker',
		url: () => '/ontwikkeling/export/portfolio.xml',
		disposition: 'attachment'
	},
	'/(app)/ontwikkeling/logboek/[id]/verklaring.pdf': {
		role: 'worker',
		url: (i) => `/ontwikkeling/logboek/${i.activity}/verklaring.pdf`,
		disposition: 'attachment'
	},
	'/(participant)/doe-mee/[code]/live': { role: null, url: (i) => `/doe-mee/${i.code}/live`, disposition: null },
	// Sign-in with a work account: 404 on this server (no VAKSPIEGEL_OIDC_*); the redirects with a
	// provider are checked in sso.spec.ts.
	'/(public)/inloggen/werkaccount': { role: null, url: () => '/inloggen/werkaccount', disposition: null, status: 404 },
	'/(app)/account/werkaccount': { role: 'worker', url: () => '/account/werkaccount', disposition: null, status: 404 },
	'/(public)/inloggen/callback/werkaccount': {
		role: null,
		url: () => '/inloggen/callback/werkaccount?code=x&state=y',
		disposition: null,
		status: 404
	},
	'/healthz': { role: null, url: () => '/healthz', disposition: null }
};

const cookieHeader = async (page: Page) =>
	(await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

/** The first id in a page's links of this shape, e.g. /adviesvangen/<uuid>. */
async function firstId(page: Page, url: string, pattern: RegExp): Promise<string> {
	const html = await (await page.request.get(url)).text();
	const id = pattern.exec(html)?.[1];
	expect(id, `id op ${url}`).toBeTruthy();
	return id!;
}

test('every endpoint in the route tree sends a strict CSP, nosniff and the right disposition', async ({
	browser,
	baseURL
}, testInfo) => {
	test.skip(testInfo.project.name === 'js-off', 'No page is rendered: one run is enough.');
	const found = endpointRouteIds().sort();
	expect(
		found.filter((id) => !ENDPOINTS[id]),
		'nieuwe +server.ts-routes: zet ze in ENDPOINTS met wat ze moeten sturen'
	).toEqual([]);

	const cookies: Partial<Record<DemoRole, string>> = {};
	const ids: Partial<Ids> = {
		casus: demoNetwork().casePath.split('/').at(-1),
		code: demo().advice?.code,
		guide: demo().team?.guide ?? undefined,
		teamSession: demoTeam().session.split('/').at(-1),
		codeRound: demo().code?.round?.split('/').at(-1)
	};
	for (const role of ['worker', 'facilitator', 'admin'] as const) {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await signInByRequest(page, role);
		cookies[role] = await cookieHeader(page);
		if (role === 'worker') {
			// A link of its own: printing cards changes a link's page, and other tests (the access
			// matrix) compare the pages of the links they made before and after.
			const made = await page.request.post('/feedback/verzoeken', {
				form: { label: `Koppen ${testInfo.workerIndex}`, firstName: 'Koppen', address: 'je', templateId: '' },
				headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(made.status()).toBe(303);
			ids.request = made.headers()['location']!.split('?')[0].split('/').at(-1);
			// The attestation's title and words hold no resident's name: the guard lets it through.
			ids.activity = await addActivity(page, {
				kind: 'supervisie',
				title: 'Supervisie (headers)',
				occurredOn: new Date().toISOString().slice(0, 10),
				hours: '1'
			});
			ids.account = (await firstId(page, '/account', /href="(\/account\/gegevens\.zip\?t=[^"]+)"/u)).replaceAll(
				'&amp;',
				'&'
			);
		} else if (role === 'facilitator') {
			ids.session = await firstId(page, '/adviesvangen', /\/adviesvangen\/([0-9a-f-]{36})"/u);
			ids.meetingSession = await firstId(
				page,
				'/adviesvangen',
				/\/adviesvangen\/([0-9a-f-]{36})">Hoe kunnen wij beter bereikbaar/u
			);
		}
		await context.close();
	}
	expect(ids.code, 'de code van de demo-sessie in demo.json').toBeTruthy();
	expect(ids.guide, 'de handreiking van de demo in demo.json').toBeTruthy();

	for (const id of found) {
		const endpoint = ENDPOINTS[id];
		const url = new URL(endpoint.url(ids as Ids), baseURL);
		const response = await fetch(url, {
			method: endpoint.method ?? 'GET',
			redirect: 'manual',
			headers: {
				origin: url.origin,
				...(endpoint.role ? { cookie: cookies[endpoint.role]! } : {})
			}
		});
		// Event streams never end: the headers are all this test needs.
		await response.body?.cancel();
		const where = `${endpoint.method ?? 'GET'} ${url.pathname} (${id})`;
		const status = typeof endpoint.status === 'function' ? endpoint.status(ids as Ids) : endpoint.status;
		expect(response.status, where).toBe(status ?? 200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp, where).toContain("default-src 'none'");
		expect(csp, where).toContain("frame-ancestors 'none'");
		expect(csp.split(/;\s*/u), where).toContain('sandbox');
		expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
		const disposition = response.headers.get('content-disposition');
		if (endpoint.disposition === null) expect(disposition, where).toBeNull();
		else expect(disposition ?? '', where).toMatch(new RegExp(`^${endpoint.disposition}; filename="[\\w.-]+"$`, 'u'));
	}

	// Pages keep their own policy (svelte.config.js): scripts from our origin, not the strict one.
	const page = await fetch(new URL('/inloggen', baseURL));
	const pageCsp = page.headers.get('content-security-policy') ?? '';
	expect(pageCsp).toContain("script-src 'self'");
	expect(pageCsp).not.toContain('sandbox');
});
