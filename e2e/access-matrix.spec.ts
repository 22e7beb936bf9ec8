import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { demo, demoFeedback, demoUser, type DemoRole } from './fixtures/demo';
import {
	MEMBERSHIP,
	PARAM_KINDS,
	ROLES,
	ROUTES,
	type Ids,
	type ParamKind,
	type Role,
	type RouteEntry
} from './fixtures/access-matrix';
import { uniqueEmail, unique } from './fixtures/unique';

// Issue 12, "what held": every route × every role, with someone else's ids (route table in
// e2e/fixtures/access-matrix.ts). Requests only, no page.

// It makes no page, so JavaScript does not matter: one project is enough.
test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'requests only');

const ROUTES_DIR = path.resolve(import.meta.dirname, '..', 'src', 'routes');

interface TreeRoute {
	files: string[];
	page: boolean;
	methods: string[];
	actions: string[];
	params: string[];
}

/** The route tree as SvelteKit sees it: (groups) left out, one entry per URL pattern. */
function routeTree(): Map<string, TreeRoute> {
	const tree = new Map<string, TreeRoute>();
	for (const file of fs.readdirSync(ROUTES_DIR, { recursive: true }) as string[]) {
		const base = path.basename(file);
		if (!['+page.svelte', '+page.server.ts', '+server.ts'].includes(base)) continue;
		const segments = path
			.dirname(file)
			.split(path.sep)
			.filter((s) => s !== '.' && !/^\(.*\)$/.test(s));
		const url = '/' + segments.join('/');
		const route = tree.get(url) ?? { files: [], page: false, methods: [], actions: [], params: [] };
		route.files.push(file);
		route.params = [
			...new Set(segments.flatMap((s) => [...s.matchAll(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g)].map((m) => m[1])))
		];
		const source = fs.readFileSync(path.join(ROUTES_DIR, file), 'utf8');
		if (base === '+page.svelte') route.page = true;
		if (base === '+server.ts') {
			route.methods = [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
				(m) => m[1]
			);
		}
		if (base === '+page.server.ts') route.actions = actionsOf(source);
		tree.set(url, route);
	}
	return tree;
}

/**
 * The names of `export const actions = { … }`: the keys at the object's first level, i.e. at the
 * indentation of its first key (prettier indents what belongs to a key deeper).
 */
function actionsOf(source: string): string[] {
	const start = source.search(/export const actions\b/);
	if (start < 0) return [];
	const lines = source.slice(source.indexOf('{', start) + 1).split('\n');
	const code = (l: string) => l.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(l);
	const first = lines.find(code);
	if (!first || /^\}/.test(first)) return [];
	const indent = /^\s*/.exec(first)![0];
	const names: string[] = [];
	for (const line of lines) {
		if (/^\}/.test(line)) break;
		if (!code(line) || !line.startsWith(indent) || /^\s/.test(line.slice(indent.length))) continue;
		const m = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?::|\(|,|$)/.exec(line.slice(indent.length));
		if (m) names.push(m[1]);
	}
	return names;
}

test('every route, endpoint, form action and [param] is in the access matrix', () => {
	const tree = routeTree();
	const problems: string[] = [];
	for (const [url, route] of tree) {
		const entry = ROUTES[url];
		if (!entry) {
			problems.push(`${url} (${route.files.join(', ')}) ontbreekt in ROUTES`);
			continue;
		}
		for (const param of route.params) {
			const kind = entry.params?.[param];
			if (!kind || !(kind in PARAM_KINDS)) problems.push(`${url}: [${param}] heeft geen soort in params`);
		}
		const known = Object.keys(entry.actions ?? {}).sort();
		if (route.actions.sort().join() !== known.join()) {
			problems.push(`${url}: acties ${route.actions.join(', ') || '—'}, in de tabel ${known.join(', ') || '—'}`);
		}
		if (route.methods.sort().join() !== [...(entry.methods ?? [])].sort().join()) {
			problems.push(
				`${url}: methoden ${route.methods.join(', ') || '—'}, in de tabel ${entry.methods?.join(', ') || '—'}`
			);
		}
	}
	for (const url of Object.keys(ROUTES)) if (!tree.has(url)) problems.push(`${url} staat in ROUTES maar bestaat niet`);
	expect(problems, 'voeg nieuwe routes toe aan e2e/fixtures/access-matrix.ts (zie CONTRIBUTING.md)').toEqual([]);
	// The parser itself must see the actions it is meant to see.
	expect(tree.get('/netwerk/[id]/plan')?.actions.sort()).toEqual(
		['action', 'actionDelete', 'actionStatus', 'goal', 'goalDelete', 'goalEdit'].sort()
	);
});

// ——— the matrix against the running server ———

type Ctx = APIRequestContext;
let baseURL = '';
const contexts = new Map<Role, Ctx>();
let ids: Ids;
let values: Record<ParamKind, string>;
/** Strings that only the owner of the data may ever be sent. */
let ownerMarkers: string[];
/** Strings of the demo organisation that another organisation may never be sent. */
let demoOrgMarkers: string[];

const formHeaders = () => ({
	origin: new URL(baseURL).origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
});

function encode(form: Record<string, string | string[]>): string {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
	return body.toString();
}

async function post(ctx: Ctx, url: string, form: Record<string, string | string[]> = {}): Promise<APIResponse> {
	return ctx.post(url, { data: encode(form), headers: formHeaders(), maxRedirects: 0 });
}

const location = (r: APIResponse) => r.headers()['location'] ?? '';

async function html(ctx: Ctx, url: string): Promise<string> {
	const r = await ctx.get(url, { maxRedirects: 0 });
	expect(r.status(), `GET ${url}`).toBe(200);
	return r.text();
}

/** The values of the inputs (or the options of the select) named `name` in a page. */
function inputValues(page: string, name: string): string[] {
	const inputs = [...page.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(`name="${name}"`));
	const selects = [...page.matchAll(/<select\b[^>]*>[\s\S]*?<\/select>/g)]
		.map((m) => m[0])
		.filter(
			(block) => /^<select\b[^>]*name="/.test(block) && block.slice(0, block.indexOf('>')).includes(`name="${name}"`)
		)
		.flatMap((block) => [...block.matchAll(/<option\b[^>]*>/g)].map((m) => m[0]));
	return [...inputs, ...selects].map((tag) => /value="([^"]*)"/.exec(tag)?.[1] ?? '').filter(Boolean);
}

async function signIn(ctx: Ctx, email: string, password: string): Promise<void> {
	const r = await post(ctx, '/inloggen', { email, password });
	expect(r.status(), `inloggen als ${email}`).toBe(303);
}

/** Invites `email` as a worker (optionally in a team) and accepts; returns a signed-in context. */
async function newWorker(admin: Ctx, make: () => Promise<Ctx>, email: string, teamIds: string[] = []): Promise<Ctx> {
	const invited = await post(admin, '/beheer/uitnodigingen?/create', { email, roles: ['worker'], teamIds });
	expect(invited.status(), `uitnodiging voor ${email}`).toBe(200);
	const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(await invited.text())?.[1];
	expect(token, 'link van de uitnodiging').toBeTruthy();
	const password = `wachtwoord-${unique(test.info())}`;
	const accepting = await make();
	const accepted = await post(accepting, `/uitnodiging/${token}`, {
		name: 'Matrix Lid',
		password,
		passwordRepeat: password
	});
	expect(accepted.status(), 'uitnodiging accepteren').toBe(303);
	await accepting.dispose();
	const ctx = await make();
	await signIn(ctx, email, password);
	return ctx;
}

/** What the owner sees of their data, without what changes by itself (CSP nonces, today's date). */
const normalise = (body: string) =>
	body
		.replace(/nonce="[^"]*"/g, '')
		.replace(/"exportedOn": "[^"]*"/g, '')
		.replace(/<script\b[\s\S]*?<\/script>/g, '');

function snapshotUrls(): [Role, string][] {
	return [
		['worker', `/netwerk/${ids.networkCase}/export.json`],
		['worker', `/netwerk/${ids.networkCase}`],
		['worker', `/netwerk/${ids.networkCase}/plan`],
		['worker', `/netwerk/${ids.networkCase}/versies`],
		['worker', `/feedback/verzoeken/${ids.feedbackRequest}`],
		['facilitator', `/adviesvangen/${ids.adviceSession}`],
		['facilitator', `/adviesvangen/${ids.adviceSession}/tips`],
		['facilitator', `/adviesvangen/${ids.adviceSession}/themas`],
		['facilitator', `/adviesvangen/${ids.adviceSession}/topideeen`],
		['admin', `/beheer/leden/${ids.member}`],
		['admin', '/beheer/leden'],
		['admin', '/beheer/teams'],
		['admin', '/beheer/uitnodigingen'],
		['admin', '/beheer/vragenlijsten']
	];
}

async function snapshot(): Promise<string[]> {
	return Promise.all(snapshotUrls().map(async ([role, url]) => normalise(await html(contexts.get(role)!, url))));
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

function fill(url: string, entry: RouteEntry): string {
	return url.replace(/\[(\w+)\]/g, (_, param: string) => values[entry.params![param]]) + (entry.query?.(ids) ?? '');
}

/** The matrix roles that may open the route (200). */
function allowed(entry: RouteEntry, role: Role): boolean {
	const access = entry.access;
	if (access === 'public') return true;
	if (role === 'anonymous') return false;
	if (access === 'signed-in') return true;
	if ('organisation' in access) return DEMO_ROLES.includes(role);
	if ('owner' in access) {
		const kind = Object.values(entry.params ?? {})[0];
		return PARAM_KINDS[kind] === role || (access.also ?? []).includes(role);
	}
	return MEMBERSHIP[role].some((r) => (access as readonly string[]).includes(r));
}

/** Roles whose own organisation is the demo one. */
const DEMO_ROLES: Role[] = ['worker', 'coach', 'facilitator', 'admin', 'otherTeamWorker'];

/** Which marker sets a role may never see. */
function forbiddenMarkers(role: Role): string[] {
	return [...(role === 'worker' ? [] : ownerMarkers), ...(DEMO_ROLES.includes(role) ? [] : demoOrgMarkers)];
}

/** A request that was refused: 403/404 (410 for a gone token), or off to sign in for a stranger. */
function refused(role: Role, status: number, to: string): boolean {
	if (role === 'anonymous' && [302, 303, 307].includes(status) && to.startsWith('/inloggen')) return true;
	return [401, 403, 404].includes(status);
}

/** SSE: the status and headers, then the stream is closed (it never ends by itself). */
async function streamStatus(ctx: Ctx, url: string): Promise<{ status: number; to: string }> {
	const state = await ctx.storageState();
	const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const abort = new AbortController();
	const r = await fetch(new URL(url, baseURL), {
		headers: { cookie, accept: 'text/event-stream' },
		redirect: 'manual',
		signal: abort.signal
	});
	abort.abort();
	return { status: r.status, to: r.headers.get('location') ?? '' };
}

test.describe('the route × role matrix', () => {
	test.describe.configure({ mode: 'serial' });

	test.beforeAll(async ({ playwright }, testInfo) => {
		test.setTimeout(120_000);
		baseURL = testInfo.project.use.baseURL!;
		const make = () => playwright.request.newContext({ baseURL });
		contexts.set('anonymous', await make());
		for (const role of ['worker', 'coach', 'facilitator', 'admin'] as DemoRole[]) {
			const ctx = await make();
			const user = demoUser(role);
			await signIn(ctx, user.email, user.password);
			contexts.set(role, ctx);
		}
		const other = demo().otherOrganisation;
		if (!other) throw new Error('De tweede organisatie ontbreekt in e2e/.data/demo.json (scripts/e2e-server.js)');
		const otherAdmin = await make();
		await signIn(otherAdmin, other.email, other.password);
		contexts.set('otherAdmin', otherAdmin);
		const admin = contexts.get('admin')!;
		const worker = contexts.get('worker')!;
		const facilitator = contexts.get('facilitator')!;
		const tag = unique(testInfo);

		// A team of the demo organisation that the demo worker is not in, with a worker of its own.
		const teamName = `Matrixteam ${tag}`;
		expect((await post(admin, '/beheer/teams?/create', { name: teamName, description: '' })).status()).toBe(200);
		const teamsPage = await html(admin, '/beheer/teams');
		const teamIds = inputValues(teamsPage, 'teamId');
		const team = teamIds.find((id) => teamsPage.indexOf(id) > teamsPage.indexOf(teamName)) ?? teamIds.at(-1)!;
		contexts.set('otherTeamWorker', await newWorker(admin, make, uniqueEmail(testInfo, 'matrix-team'), [team]));
		contexts.set('otherWorker', await newWorker(otherAdmin, make, uniqueEmail(testInfo, 'matrix-ander')));

		// The demo worker's casus: two people, a tie, a goal with an action, a note.
		const label = `Mx ${tag.slice(-8)}`;
		const created = await post(worker, '/netwerk?/create', { label });
		expect(created.status(), 'casus maken').toBe(303);
		const networkCase = location(created).split('/').at(-1)!.split('?')[0];
		const c = `/netwerk/${networkCase}`;
		for (const name of ['Anna Matrixtest', 'Bert Matrixtest']) {
			expect((await post(worker, `${c}?/add`, { name, remark: 'Matrixopmerking' })).status()).toBe(303);
		}
		const named = await (await worker.get(`${c}/export.json`)).json();
		const [personA, personB] = named.persons.map((p: { id: string }) => p.id);
		expect(
			(
				await post(worker, `${c}/ecogram?/tie`, { fromPersonId: personA, toPersonId: personB, relation: 'strong' })
			).status()
		).toBe(303);
		expect((await post(worker, `${c}/plan?/goal`, { text: 'Matrixdoel' })).status()).toBe(303);
		const goal = inputValues(await html(worker, `${c}/plan`), 'goalId')[0];
		expect(
			(
				await post(worker, `${c}/plan?/action`, {
					goalId: goal,
					who: 'client',
					professional: '',
					what: 'Matrixactie',
					due: ''
				})
			).status()
		).toBe(303);
		expect(
			(await post(worker, `${c}/plan/familiegroepsplan?/note`, { kind: 'concern', text: 'Matrixzorg' })).status()
		).toBe(303);
		const plan = await html(worker, `${c}/plan`);
		expect((await post(worker, `${c}/versies?/save`, { note: 'Matrixversie' })).status()).toBe(303);
		const versions = await html(worker, `${c}/versies`);
		const version = inputValues(versions, 'van')[0] ?? /[?&;]van=([0-9a-f-]{36})/.exec(versions)?.[1] ?? '';
		const groslijst = await html(worker, c);

		// The demo facilitator's session: tips on paper, one theme.
		const question = `Matrixvraag ${tag}?`;
		const made = await post(facilitator, '/adviesvangen', {
			question,
			explanation: '',
			groups: 'inwoners\nsociaal werkers',
			dotsPerPerson: '3',
			language: 'nl'
		});
		expect(made.status(), 'sessie maken').toBe(303);
		const adviceSession = location(made).split('/').at(-1)!;
		const s = `/adviesvangen/${adviceSession}`;
		const groupKey = inputValues(await html(facilitator, `${s}/tips`), 'groupKey')[0];
		expect(
			(await post(facilitator, `${s}/tips?/paper`, { lines: 'Matrixtip een\nMatrixtip twee', groupKey })).status()
		).toBe(200);
		const tip = /name="tip_([0-9a-f-]{36})"/.exec(await html(facilitator, `${s}/themas`))?.[1] ?? '';
		expect((await post(facilitator, `${s}/themas?/create`, { name: 'Matrixthema', tipIds: [tip] })).status()).toBe(200);
		const theme = inputValues(await html(facilitator, `${s}/themas`), 'themeId')[0];

		// The demo worker's feedback link.
		const requestLabel = `Matrixlink ${tag}`;
		const req = await post(worker, '/feedback/verzoeken', {
			label: requestLabel,
			firstName: 'Sanne',
			address: 'je',
			templateId: ''
		});
		expect(req.status(), 'link maken').toBe(303);
		const feedbackRequest = location(req).split('/').at(-1)!.split('?')[0];

		// What the demo admin manages: the demo worker's membership, an invitation, a questionnaire.
		const members = await html(admin, '/beheer/leden');
		const row = members.split(/<tr\b/).find((r) => r.includes(demoUser('worker').email)) ?? '';
		const member = /href="\/beheer\/leden\/([^"?]+)"/.exec(row)?.[1] ?? '';
		expect(
			(
				await post(admin, '/beheer/uitnodigingen?/create', {
					email: uniqueEmail(testInfo, 'matrix-open'),
					roles: ['worker']
				})
			).status()
		).toBe(200);
		const invitation = inputValues(await html(admin, '/beheer/uitnodigingen'), 'invitationId')[0];
		const template = inputValues(await html(admin, '/beheer/vragenlijsten'), 'templateId')[0];

		ids = {
			networkCase,
			personA,
			personB,
			tie: inputValues(await html(worker, `${c}/ecogram`), 'tieId')[0],
			goal,
			action: inputValues(plan, 'actionId')[0],
			note: inputValues(await html(worker, `${c}/plan/familiegroepsplan`), 'noteId')[0],
			version,
			adviceSession,
			tip,
			theme,
			groupKey,
			feedbackRequest,
			member,
			workerUserId: inputValues(groslijst, 'workerUserIds').join(','),
			team,
			invitation,
			template,
			demoOrganisation: demo().organisationId
		};
		for (const [k, v] of Object.entries(ids)) expect(v, `id voor ${k}`).toBeTruthy();
		values = {
			networkCase,
			adviceSession,
			feedbackRequest,
			member,
			recording: crypto.randomUUID(),
			worksheetKind: 'groslijst',
			joinCode: demo().advice?.code ?? 'ABCDEF',
			residentLink: demoFeedback().path.split('/').at(-1)!,
			unknownToken: 'onbekend-token-0000000000000000'
		};
		ownerMarkers = [label, 'Anna Matrixtest', 'Matrixopmerking', 'Matrixdoel', 'Matrixzorg', requestLabel];
		// A session's question, tips and themes are for the whole organisation (its report).
		demoOrgMarkers = [
			question,
			'Matrixtip een',
			'Matrixthema',
			'Wijkteam Voorbeeldstad',
			...['worker', 'coach', 'facilitator', 'admin'].map((r) => demoUser(r as DemoRole).email),
			demoUser('worker').name
		];
	});

	test.afterAll(async () => {
		for (const ctx of contexts.values()) await ctx.dispose();
	});

	test('form actions posted with ids of someone else change nothing', async () => {
		test.setTimeout(120_000);
		const before = await snapshot();
		const failures: string[] = [];
		/** Refused by the form check, before the ownership check: still nothing changed, but a weaker test. */
		const weak: string[] = [];
		const jobs: (() => Promise<void>)[] = [];
		for (const [pattern, entry] of Object.entries(ROUTES)) {
			const url = fill(pattern, entry);
			const forms: [string, (typeof entry.actions & object)[string] | undefined][] = Object.entries(
				entry.actions ?? {}
			);
			if (entry.methods?.includes('POST')) forms.push(['', undefined]);
			for (const [name, form] of forms) {
				if (form === 'public') continue;
				const target = name === '' ? url : name === 'default' ? url : `${url}?/${name}`;
				const fields = name === '' ? (entry.post?.(ids) ?? {}) : typeof form === 'function' ? form(ids) : {};
				for (const role of ROLES) {
					// Someone allowed to use the action on this data is not an attacker; 'own' actions only anonymously.
					if (form === 'own' && role !== 'anonymous') continue;
					if (entry.params ? allowed(entry, role) : role === 'anonymous' ? false : ownsUnscoped(pattern, role))
						continue;
					jobs.push(async () => {
						const r = await post(contexts.get(role)!, target, fields);
						const body = await r.text();
						if (r.status() === 400 && role !== 'anonymous') weak.push(`${role} POST ${target}`);
						else if (!refused(role, r.status(), location(r))) {
							failures.push(`${role} POST ${target} → ${r.status()} ${location(r)}`);
						}
						const leaked = forbiddenMarkers(role).filter((m) => body.includes(m));
						if (leaked.length) failures.push(`${role} POST ${target} kreeg ${leaked.join(', ')}`);
					});
				}
			}
		}
		await inBatches(jobs, 6, (job) => job());
		console.log(`${jobs.length} POSTs; 400 (formulier) bij: ${weak.join('; ') || 'geen'}`);
		expect(failures).toEqual([]);
		const after = await snapshot();
		for (const [i, [role, url]] of snapshotUrls().entries())
			expect(after[i], `${role} ziet ${url} nog zo`).toBe(before[i]);
	});

	test('every route as every role: the owner gets it, everyone else 403, 404 or the sign-in page, never a 500', async () => {
		test.setTimeout(120_000);
		// The other organisation tries to switch to the demo organisation (the cookie is only a choice).
		for (const role of ['otherAdmin', 'otherWorker'] as const) {
			const r = await post(contexts.get(role)!, '/organisatie', { organisationId: ids.demoOrganisation });
			expect(r.status()).toBe(303);
		}
		const failures: string[] = [];
		const jobs: (() => Promise<void>)[] = [];
		for (const [pattern, entry] of Object.entries(ROUTES)) {
			const url = fill(pattern, entry);
			const method = entry.methods && !entry.methods.includes('GET') ? 'POST' : 'GET';
			for (const role of ROLES) {
				jobs.push(async () => {
					const ctx = contexts.get(role)!;
					let status: number;
					let to: string;
					let body = '';
					if (entry.stream) {
						({ status, to } = await streamStatus(ctx, url));
					} else {
						const r =
							method === 'GET'
								? await ctx.get(url, { maxRedirects: 0 })
								: await post(ctx, url, entry.post?.(ids) ?? {});
						status = r.status();
						to = location(r);
						body = (await r.body()).toString('latin1');
					}
					const where = `${role} ${method} ${url} → ${status}${to ? ` ${to}` : ''}`;
					if (status >= 500) failures.push(where);
					else if (entry.access === 'public') {
						// Residents' and participants' pages: anyone may open them.
					} else if (allowed(entry, role)) {
						if (status !== 200) failures.push(`${where} (verwacht 200)`);
					} else if (!refused(role, status, to)) failures.push(`${where} (verwacht 403, 404 of /inloggen)`);
					if (entry.access !== 'public') {
						const leaked = forbiddenMarkers(role).filter((m) => body.includes(m));
						if (leaked.length) failures.push(`${where} bevat ${leaked.join(', ')}`);
					}
				});
			}
		}
		await inBatches(jobs, 6, (job) => job());
		expect(failures).toEqual([]);
	});
});

/** On a route without [params], the form's ids belong to the demo admin (teams, invitations…). */
function ownsUnscoped(pattern: string, role: Role): boolean {
	if (pattern.startsWith('/beheer')) return role === 'admin';
	return false;
}
