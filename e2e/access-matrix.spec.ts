import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { demo, demoFeedback, demoTeam, demoUser, type DemoRole } from './fixtures/demo';
import {
	MEMBERSHIP,
	PARAM_KINDS,
	ROLES,
	ROUTES,
	type ActionForm,
	type Ids,
	type ParamKind,
	type Role,
	type RouteEntry
} from './fixtures/access-matrix';
import { figureRunsOf, shownRun, withoutSharesOf, type FigureRun } from './fixtures/figures';
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
		['action', 'actionDelete', 'actionStatus', 'goal', 'goalDelete', 'statuses'].sort()
	);
});

// ——— the matrix against the running server ———

type Ctx = APIRequestContext;
type Form = Record<string, string | string[]>;
let baseURL = '';
const contexts = new Map<Role, Ctx>();

/**
 * One organisation's data that the matrix aims at: the values for [params], the ids for forms, who
 * owns what, and the strings that only the owner (or only that organisation) may ever be sent.
 */
interface DataSet {
	name: string;
	values: Partial<Record<ParamKind, string>>;
	ids: Partial<Ids>;
	owners: Partial<Record<ParamKind, Role>>;
	/** The matrix roles that are members of this organisation. */
	members: Role[];
	/** The matrix roles in the team that owns the set's team-learning data (issue 16). */
	teamMembers: Role[];
	/** The role that administers this organisation (owns teams, invitations, questionnaires). */
	admin: Role;
	/** Owner's casus and feedback link: only `privateOwner` may see these. */
	privateMarkers: string[];
	privateOwner: Role;
	/** The organisation's name, its people, its sessions: only its members may see these. */
	orgMarkers: string[];
	/** What the owners see of their data, re-read after the attack. */
	snapshots: [Role, Snapshot][];
}
const sets: DataSet[] = [];
/** The demo worker's own figures, read from her own mirror (issue 16): nobody else may be sent them. */
let workerFigures: FigureRun[] = [];

/**
 * A page of the owner and the part of it that is theirs alone: other tests run at the same time
 * against the same server and add teams, members and invitations to the demo organisation.
 */
interface Snapshot {
	url: string;
	view?: (body: string) => string;
}

/** The ticked boxes and chosen options: whose roles, teams and workers are set. */
const ticked = (body: string) =>
	[...body.matchAll(/<input\b[^>]*\bchecked\b[^>]*>|<option\b[^>]*\bselected\b[^>]*>/g)]
		.map((m) => `${/name="([^"]*)"/.exec(m[0])?.[1] ?? ''}=${/value="([^"]*)"/.exec(m[0])?.[1] ?? ''}`)
		.join('\n');

/** The table row or list item (or form) around `needle`; empty when it is gone. */
const around = (needle: string) => (body: string) => {
	const at = body.indexOf(needle);
	if (at < 0) return '';
	const opens = ['<tr', '<li', '<form'].map((tag) => [tag, body.lastIndexOf(tag, at)] as const);
	const [tag, start] = opens.reduce((a, b) => (b[1] > a[1] ? b : a));
	const end = body.indexOf(`</${tag.slice(1)}>`, at);
	return body.slice(start, end < 0 ? undefined : end);
};

const DEMO_MEMBERS: Role[] = ['worker', 'coach', 'facilitator', 'admin', 'otherTeamWorker'];
const OTHER_MEMBERS: Role[] = ['otherAdmin', 'otherWorker'];

const formHeaders = () => ({
	origin: new URL(baseURL).origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
});

function encode(form: Form): string {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
	return body.toString();
}

async function post(ctx: Ctx, url: string, form: Form = {}): Promise<APIResponse> {
	return ctx.post(url, { data: encode(form), headers: formHeaders(), maxRedirects: 0 });
}

const location = (r: APIResponse) => r.headers()['location'] ?? '';
const lastSegment = (to: string) => to.split('?')[0].split('/').at(-1)!;

async function html(ctx: Ctx, url: string): Promise<string> {
	const r = await ctx.get(url, { maxRedirects: 0 });
	expect(r.status(), `GET ${url}`).toBe(200);
	return r.text();
}

async function posted(ctx: Ctx, url: string, form: Form, status: number): Promise<APIResponse> {
	const r = await post(ctx, url, form);
	expect(r.status(), `POST ${url}`).toBe(status);
	return r;
}

/** The values of the inputs (or the options of the select) named `name` in a page. */
function inputValues(page: string, name: string): string[] {
	// Inputs and buttons: a button can carry the id it acts on (name="tieId" value="…", issue 14).
	const inputs = [...page.matchAll(/<(?:input|button)\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => tag.includes(`name="${name}"`));
	const selects = [...page.matchAll(/<select\b[^>]*>[\s\S]*?<\/select>/g)]
		.map((m) => m[0])
		.filter((block) => block.slice(0, block.indexOf('>')).includes(`name="${name}"`))
		.flatMap((block) => [...block.matchAll(/<option\b[^>]*>/g)].map((m) => m[0]));
	return [...inputs, ...selects].map((tag) => /value="([^"]*)"/.exec(tag)?.[1] ?? '').filter(Boolean);
}

async function signIn(ctx: Ctx, email: string, password: string): Promise<void> {
	const r = await post(ctx, '/inloggen', { email, password });
	expect(r.status(), `inloggen als ${email}`).toBe(303);
}

/** Invites `email` with these roles (and teams) and accepts; returns a context signed in as them. */
async function newMember(
	admin: Ctx,
	make: () => Promise<Ctx>,
	email: string,
	roles: string[],
	teamIds: string[] = []
): Promise<Ctx> {
	const invited = await posted(admin, '/beheer/uitnodigingen?/create', { email, roles, teamIds }, 200);
	const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(await invited.text())?.[1];
	expect(token, 'link van de uitnodiging').toBeTruthy();
	const password = `wachtwoord-${unique(test.info())}`;
	const accepting = await make();
	await posted(accepting, `/uitnodiging/${token}`, { name: 'Matrix Lid', password, passwordRepeat: password }, 303);
	await accepting.dispose();
	const ctx = await make();
	await signIn(ctx, email, password);
	return ctx;
}

/** A casus with two people, a tie, a goal with an action, a note and a version. */
async function makeCase(ctx: Ctx, tag: string) {
	const label = `Mx ${tag}`;
	const c = `/netwerk/${lastSegment(location(await posted(ctx, '/netwerk?/create', { label }, 303)))}`;
	const people = [`Anna ${tag}`, `Bert ${tag}`];
	for (const name of people) await posted(ctx, `${c}?/add`, { name, remark: `Opmerking ${tag}` }, 303);
	const named = await (await ctx.get(`${c}/export.json`)).json();
	const [personA, personB] = named.persons.map((p: { id: string }) => p.id);
	await posted(ctx, `${c}/ecogram?/tie`, { fromPersonId: personA, toPersonId: personB, relation: 'strong' }, 303);
	await posted(ctx, `${c}/plan?/goal`, { text: `Doel ${tag}` }, 303);
	const goal = inputValues(await html(ctx, `${c}/plan`), 'goalId')[0];
	const action = { goalId: goal, [`who-${goal}`]: 'client', [`what-${goal}`]: `Actie ${tag}` };
	await posted(ctx, `${c}/plan?/action`, action, 303);
	await posted(ctx, `${c}/plan/familiegroepsplan?/note`, { kind: 'concern', 'text-concern': `Zorg ${tag}` }, 303);
	await posted(ctx, `${c}/versies?/save`, { note: `Versie ${tag}` }, 303);
	const versions = await html(ctx, `${c}/versies`);
	return {
		ids: {
			networkCase: lastSegment(c),
			personA,
			personB,
			tie: inputValues(await html(ctx, `${c}/ecogram`), 'tieId')[0],
			goal,
			action: inputValues(await html(ctx, `${c}/plan`), 'actionId')[0],
			note: inputValues(await html(ctx, `${c}/plan/familiegroepsplan`), 'noteId')[0],
			version: inputValues(versions, 'van')[0] ?? /[?&;]van=([0-9a-f-]{36})/.exec(versions)?.[1] ?? '',
			// Who may be ticked on the casus (a worker without a team has no one to tick).
			workerUserId: inputValues(await html(ctx, c), 'workerUserIds').join(',') || crypto.randomUUID()
		},
		markers: [label, ...people, `Opmerking ${tag}`, `Doel ${tag}`, `Zorg ${tag}`],
		// The export holds the people, ties, plan, notes and versions; the groslijst who is on the
		// casus and whether it is still open (its name field).
		snapshots: [
			{ url: `${c}/export.json` },
			{ url: c, view: (body: string) => `${ticked(body)}\nopen=${body.includes('name="name"')}` }
		]
	};
}

/** A session with two tips on paper, one of them in a theme. */
async function makeSession(ctx: Ctx, tag: string) {
	const question = `Vraag ${tag}?`;
	const form = {
		question,
		explanation: '',
		groups: 'inwoners\nsociaal werkers',
		dotsPerPerson: '3',
		language: 'nl',
		// A planned meeting: the session has a calendar invitation.
		meetingDay: '2030-05-01',
		meetingTime: '19:30'
	};
	const s = `/adviesvangen/${lastSegment(location(await posted(ctx, '/adviesvangen', form, 303)))}`;
	const groupKey = inputValues(await html(ctx, `${s}/tips`), 'groupKey')[0];
	await posted(ctx, `${s}/tips?/paper`, { lines: `Tip een ${tag}\nTip twee ${tag}`, groupKey }, 200);
	const tip = /name="tipIds" value="([0-9a-f-]{36})"/.exec(await html(ctx, `${s}/themas`))?.[1] ?? '';
	await posted(ctx, `${s}/themas?/create`, { name: `Thema ${tag}`, tipIds: [tip] }, 303);
	return {
		ids: {
			adviceSession: lastSegment(s),
			tip,
			theme: inputValues(await html(ctx, `${s}/themas`), 'themeId')[0],
			groupKey
		},
		markers: [question, `Tip een ${tag}`, `Thema ${tag}`],
		snapshots: [s, `${s}/tips`, `${s}/themas`, `${s}/topideeen`].map((url) => ({ url }))
	};
}

/**
 * A feedback link, and a resident (without an account) who answers on it and leaves a name for a call
 * back: the worker's call-back request, on the worker's home page.
 */
async function makeRequest(ctx: Ctx, resident: Ctx, tag: string) {
	const label = `Link ${tag}`;
	const form = { label, firstName: 'Matrix', address: 'je', templateId: '' };
	const feedbackRequest = lastSegment(location(await posted(ctx, '/feedback/verzoeken', form, 303)));
	const token = /\/f\/([A-Za-z0-9_-]{20,})/.exec(await html(ctx, `/feedback/verzoeken/${feedbackRequest}`))?.[1];
	expect(token, 'persoonlijke link').toBeTruthy();
	const formToken = inputValues(await html(resident, `/f/${token}`), 'formToken')[0];
	const caller = `Bel ${tag}`;
	const answer = {
		formToken,
		taal: 'nl',
		rater: 'resident',
		score_time: '3',
		contactName: caller,
		contact: '0612345678'
	};
	await posted(resident, `/f/${token}?/verstuur`, answer, 303);
	const home = await html(ctx, '/');
	const contactRequest = home.includes(caller)
		? inputValues(home.slice(home.indexOf(caller)), 'contactRequestId')[0]
		: undefined;
	return {
		feedbackRequest,
		contactRequest,
		markers: [label, caller],
		snapshots: [{ url: `/feedback/verzoeken/${feedbackRequest}` }, { url: '/', view: around(contactRequest ?? caller) }]
	};
}

const draftFields = (body: string) =>
	body
		.slice(body.indexOf('<form'), body.indexOf('</form>'))
		.replace(/<select\b[\s\S]*?<\/select>/g, (select) => ticked(select));

/** A guide of the worker's team with one published version (issue 16). */
async function makeGuide(ctx: Ctx, tag: string) {
	const teamId = inputValues(await html(ctx, '/team/handreikingen'), 'teamId')[0];
	const created = await posted(ctx, '/team/handreikingen?/create', { teamId, title: `Handreiking ${tag}` }, 303);
	const edit = location(created).split('?')[0];
	const guideSection = inputValues(await html(ctx, edit), 'section')[0];
	const form = {
		title: `Handreiking ${tag}`,
		section: guideSection,
		[`heading-${guideSection}`]: `Kop ${tag}`,
		[`body-${guideSection}`]: `Tekst ${tag}`,
		[`source-${guideSection}`]: 'own',
		[`note-${guideSection}`]: 'Eigen inzicht',
		changeNote: 'Eerste versie'
	};
	await posted(ctx, `${edit}?/publish`, form, 303);
	const path = edit.replace(/\/bewerken$/, '');
	return {
		guide: lastSegment(path),
		guideSection,
		// The draft's fields as typed, and the chosen provenance only: the lists to choose from change
		// while other tests run (advice sessions' top ideas).
		snapshots: [{ url: path }, { url: edit, view: draftFields }]
	};
}

/** The demo worker's team's own method: a copy of the leersessie, as the worker makes it. */
async function makeTeamMethod(ctx: Ctx) {
	const copied = await posted(
		ctx,
		'/team/methoden/leersessie?/copy',
		{
			team: /[?&]team=([0-9a-f-]{36})/.exec(await html(ctx, '/team/methoden/leersessie'))?.[1] ?? ''
		},
		303
	);
	const to = location(copied);
	const teamMethod = to.split('/')[3];
	const methodTeam = /[?&]team=([0-9a-f-]{36})/.exec(to)?.[1] ?? '';
	return {
		teamMethod,
		methodTeam,
		// Not the list: other tests add and remove their own copies of methods in the same team meanwhile.
		snapshots: [{ url: `/team/methoden/${teamMethod}?team=${methodTeam}` }]
	};
}

/** A learning group across teams (issue 16), made by the demo coach with the demo worker in it. */
async function makeTeamGroup(coach: Ctx, workerMembershipId: string, tag: string) {
	const name = `Leergroep ${tag}`;
	const made = await posted(coach, '/team/groepen', { name, description: '', memberIds: [workerMembershipId] }, 303);
	const teamGroup = lastSegment(location(made));
	// Not the edit form: its list of colleagues to choose from grows while other tests add members.
	const beforeEditForm = (body: string) => body.split('id="wijzig-kop"')[0];
	return { teamGroup, markers: [name], snapshots: [{ url: `/team/groepen/${teamGroup}`, view: beforeEditForm }] };
}

/** A trial of the actor's (first) team, and a "wat werkt" story by the actor (issue 16). */
async function makeTeamLearning(ctx: Ctx, tag: string) {
	const list = await html(ctx, '/team/proeven');
	const own = `Proefinstrument ${tag}`;
	const start = {
		teamId: inputValues(list, 'teamId')[0],
		tools: ['ecogram', 'plan'],
		ownName: own,
		startsOn: inputValues(list, 'startsOn')[0],
		endsOn: inputValues(list, 'endsOn')[0]
	};
	const trial = `/team/proeven/${lastSegment(location(await posted(ctx, '/team/proeven?/start', start, 303)))}`;
	const title = `Verhaal ${tag}`;
	const story = `/team/wat-werkt/${lastSegment(location(await posted(ctx, '/team/wat-werkt?/create', { title, body: `Tekst ${tag}` }, 303)))}`;
	return {
		ids: { trialInstrument: inputValues(await html(ctx, trial), 'instrumentId')[0] },
		values: { teamTrial: lastSegment(trial), story: lastSegment(story) },
		markers: [own, title],
		snapshots: [{ url: trial }, { url: story }]
	};
}

/** A dilemma reflection by the actor (issue 17): private to them. */
async function makeDilemma(ctx: Ctx, tag: string) {
	const title = `Dilemma ${tag}`;
	const to = location(await posted(ctx, '/beroepscode/dilemmas/nieuw', { title, situation: `Situatie ${tag}` }, 303));
	return { value: lastSegment(to), markers: [title], snapshots: [{ url: to.split('?')[0] }] };
}

/** A learning goal in the actor's development plan (issue 19): private to them. */
async function makeGoal(ctx: Ctx, tag: string) {
	const title = `Leerdoel ${tag}`;
	const to = location(await posted(ctx, '/ontwikkeling/doelen/nieuw', { title, status: 'active' }, 303));
	const path = to.split('?')[0];
	// Up to the evidence picker: what it offers (the organisation's stories) grows while other tests run.
	const mine = (body: string) => body.split('id="bewijs-kiezen"')[0];
	return { value: lastSegment(path), markers: [title], snapshots: [{ url: path, view: mine }] };
}

/** A line in the actor's activity log (issue 19): private to them. */
async function makeActivity(ctx: Ctx, tag: string) {
	const title = `Logregel ${tag}`;
	const to = location(
		await posted(
			ctx,
			'/ontwikkeling/logboek/nieuw',
			{ kind: 'reading', title, occurredOn: '2026-11-02', hours: '2' },
			303
		)
	);
	return { value: lastSegment(to.split('?')[0]), markers: [title], snapshots: [{ url: to.split('?')[0] }] };
}

/** What the admin manages: a team, an open invitation, a member's page, the first questionnaire. */
async function adminData(admin: Ctx, tag: string, memberEmail: string) {
	const teamName = `Team ${tag}`;
	await posted(admin, '/beheer/teams?/create', { name: teamName, description: '' }, 200);
	const teams = await html(admin, '/beheer/teams');
	const team = inputValues(teams.slice(teams.indexOf(teamName)), 'teamId')[0];
	const invited = `open-${tag}@e2e.vakspiegel.example`.toLowerCase();
	await posted(admin, '/beheer/uitnodigingen?/create', { email: invited, roles: ['worker'] }, 200);
	const invitations = await html(admin, '/beheer/uitnodigingen');
	const invitation = inputValues(around(invited)(invitations), 'invitationId')[0];
	const members = await html(admin, '/beheer/leden');
	const row = members.split(/<tr\b/).find((r) => r.includes(memberEmail)) ?? '';
	const member = /href="\/beheer\/leden\/([^"?]+)"/.exec(row)?.[1] ?? '';
	// The demo organisation's own questionnaire (seed-demo); the other organisation has none.
	const templates = await html(admin, '/beheer/vragenlijsten');
	const at = templates.indexOf('Groepsactiviteit (demo)');
	const template: string | undefined = at < 0 ? undefined : inputValues(templates.slice(at), 'templateId')[0];
	return {
		ids: { team, invitation, template, member },
		markers: [teamName],
		snapshots: [
			{ url: `/beheer/leden/${member}`, view: ticked },
			{ url: '/beheer/teams', view: around(team) },
			{ url: '/beheer/uitnodigingen', view: around(invitation) },
			...(template ? [{ url: '/beheer/vragenlijsten', view: around(template) }] : [])
		]
	};
}

/**
 * What the owner sees of their data, without what changes by itself (CSP nonces, scripts, today's date,
 * and the head, whose stylesheet and icon links SvelteKit writes now relative, now not).
 */
const normalise = (body: string) =>
	body
		.replace(/<head>[\s\S]*?<\/head>/, '')
		.replace(/nonce="[^"]*"/g, '')
		.replace(/"exportedOn": "[^"]*"/g, '')
		.replace(/<script\b[\s\S]*?<\/script>/g, '');

async function snapshot(): Promise<string[]> {
	const all = sets.flatMap((set) => set.snapshots);
	return Promise.all(
		all.map(async ([role, { url, view }]) =>
			normalise((view ?? ((b: string) => b))(await html(contexts.get(role)!, url)))
		)
	);
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** The URL with the set's values, or null when the set has no value for one of its params. */
function fill(pattern: string, entry: RouteEntry, set: DataSet): string | null {
	let missing = false;
	const url = pattern.replace(/\[(\w+)\]/g, (_, param: string) => {
		const value = set.values[entry.params![param]];
		if (value === undefined) missing = true;
		return value ?? '';
	});
	if (missing) return null;
	const query = entry.query?.(set.ids as Ids);
	return query?.includes('undefined') ? null : url + (query ?? '');
}

/** Whether `role` may open the route with the set's values (200). */
function allowed(entry: RouteEntry, role: Role, set: DataSet): boolean {
	const access = entry.access;
	if (access === 'public') return true;
	if (role === 'anonymous') return false;
	if (access === 'signed-in') return true;
	if ('organisation' in access) return set.members.includes(role);
	if ('team' in access) return set.teamMembers.includes(role);
	if ('owner' in access) {
		const kind = Object.values(entry.params ?? {})[0];
		return set.owners[kind] === role || (access.also ?? []).includes(role);
	}
	return MEMBERSHIP[role].some((r) => (access as readonly string[]).includes(r));
}

/** Whether `role` may use a form action with the set's ids (so is no attacker). */
function mayPost(pattern: string, entry: RouteEntry, role: Role, set: DataSet, action: string): boolean {
	if (entry.ownerActions?.includes(action)) return role === set.privateOwner;
	if (entry.params) return allowed(entry, role, set);
	// Forms on routes without params carry ids the organisation's admin manages (teams, invitations…).
	return pattern.startsWith('/beheer') ? role === set.admin : false;
}

/** The strings `role` may never be sent, from any set. */
function forbiddenMarkers(role: Role): string[] {
	return sets.flatMap((set) => [
		...(role === set.privateOwner ? [] : set.privateMarkers),
		...(set.members.includes(role) ? [] : set.orgMarkers)
	]);
}

/** A request that was refused: 401, 403 or 404, or off to sign in for a stranger. */
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
		// About 1,400 requests in all: seconds on a quiet machine, minutes on one shared by many test runs.
		test.setTimeout(300_000);
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
		contexts.set('otherAdmin', await make());
		await signIn(contexts.get('otherAdmin')!, other.email, other.password);
		const tag = unique(testInfo).replace(/^js-on-/, '');
		const [admin, otherAdmin] = [contexts.get('admin')!, contexts.get('otherAdmin')!];

		// A worker of another team of the demo organisation; a worker (and facilitator, so the other
		// organisation has a session too) of the other organisation.
		const teamOf = await adminData(admin, `D${tag}`, demoUser('worker').email);
		contexts.set(
			'otherTeamWorker',
			await newMember(admin, make, uniqueEmail(testInfo, 'matrix-team'), ['worker'], [teamOf.ids.team])
		);
		const otherWorkerEmail = uniqueEmail(testInfo, 'matrix-ander');
		contexts.set('otherWorker', await newMember(otherAdmin, make, otherWorkerEmail, ['worker', 'facilitator']));
		const otherTeamOf = await adminData(otherAdmin, `O${tag}`, otherWorkerEmail);
		// The other organisation's worker joins its team, so that organisation has a trial too.
		await posted(
			otherAdmin,
			`/beheer/leden/${otherTeamOf.ids.member}?/update`,
			{ roles: ['worker', 'facilitator'], teamIds: [otherTeamOf.ids.team] },
			200
		);

		const worker = contexts.get('worker')!;
		const otherWorker = contexts.get('otherWorker')!;
		// Her mirror's table view: per question her quarters, per quarter her questions (the demo's
		// released feedback). The check must find them where they are: on her own page.
		const ownMirror = await html(worker, '/feedback');
		workerFigures = figureRunsOf(ownMirror);
		expect(workerFigures.length, 'de cijfers in de spiegel van de werker').toBeGreaterThanOrEqual(4);
		expect(shownRun(ownMirror, workerFigures)).toBeTruthy();
		const [demoLearning, otherLearning] = [
			await makeTeamLearning(worker, `D${tag}`),
			await makeTeamLearning(otherWorker, `O${tag}`)
		];
		const [demoCase, demoSession, demoRequest, demoGuide] = [
			await makeCase(worker, `D${tag}`),
			await makeSession(contexts.get('facilitator')!, `D${tag}`),
			await makeRequest(worker, contexts.get('anonymous')!, `D${tag}`),
			await makeGuide(worker, `D${tag}`)
		];
		const [otherCase, otherSession, otherRequest] = [
			await makeCase(otherWorker, `O${tag}`),
			await makeSession(otherWorker, `O${tag}`),
			await makeRequest(otherWorker, contexts.get('anonymous')!, `O${tag}`)
		];
		const demoMethod = await makeTeamMethod(worker);
		const demoGroup = await makeTeamGroup(contexts.get('coach')!, teamOf.ids.member, `D${tag}`);
		const [demoDilemma, otherDilemma] = [
			await makeDilemma(worker, `D${tag}`),
			await makeDilemma(otherWorker, `O${tag}`)
		];
		// Like the log lines below, a goal's title holds no word of the casus's names ("Anna D<tag>"): the
		// Leap2A file carries the goals, and the guard would refuse it (as it did with "Leerdoel D<tag>").
		const [demoGoal, otherGoal] = [await makeGoal(worker, `${tag} demo`), await makeGoal(otherWorker, `${tag} ander`)];
		// A line in each worker's activity log, its title again without a word of the casus's names.
		const [demoActivity, otherActivity] = [
			await makeActivity(worker, `${tag} demo`),
			await makeActivity(otherWorker, `${tag} ander`)
		];
		const common = {
			recording: crypto.randomUUID(),
			worksheetKind: 'groslijst',
			joinCode: demo().advice?.code ?? 'ABCDEF',
			residentLink: demoFeedback().path.split('/').at(-1)!,
			outcomeToken: demo().advice?.outcome?.split('/').at(-1) ?? '0'.repeat(32),
			unknownToken: 'onbekend-token-0000000000000000',
			codeRoundLink: 'onbekende-reactielink-000000000000000000'
		};
		sets.push({
			name: 'demo-organisatie',
			values: {
				...common,
				networkCase: demoCase.ids.networkCase,
				adviceSession: demoSession.ids.adviceSession,
				feedbackRequest: demoRequest.feedbackRequest,
				member: teamOf.ids.member,
				template: teamOf.ids.template,
				guide: demoGuide.guide,
				teamMethod: demoMethod.teamMethod,
				learningSession: demoTeam().session.split('/').at(-1)!,
				teamGroup: demoGroup.teamGroup,
				...demoLearning.values,
				// The sample code's article (the other organisation has no code: not asked there).
				codeArticle: '2.1.3',
				codeKernwaarde: '1',
				codeVersion: /\/beroepscode\/beheer\/versie\/([0-9a-f-]{36})/u.exec(
					await html(admin, '/beroepscode/beheer')
				)![1],
				dilemma: demoDilemma.value,
				codeRound: demo().code?.round?.split('/').at(-1),
				portfolioGoal: demoGoal.value,
				portfolioActivity: demoActivity.value
			},
			ids: {
				...demoCase.ids,
				...demoSession.ids,
				...teamOf.ids,
				feedbackRequest: demoRequest.feedbackRequest,
				contactRequest: demoRequest.contactRequest,
				demoOrganisation: demo().organisationId,
				guideSection: demoGuide.guideSection,
				methodTeam: demoMethod.methodTeam,
				...demoLearning.ids
			},
			owners: {
				networkCase: 'worker',
				adviceSession: 'facilitator',
				feedbackRequest: 'worker',
				member: 'admin',
				template: 'admin',
				guide: 'worker',
				teamMethod: 'worker',
				learningSession: 'coach',
				teamGroup: 'coach',
				teamTrial: 'worker',
				story: 'worker',
				codeVersion: 'admin',
				dilemma: 'worker',
				codeRound: 'admin',
				portfolioGoal: 'worker',
				portfolioActivity: 'worker'
			},
			members: DEMO_MEMBERS,
			teamMembers: ['worker', 'coach'],
			admin: 'admin',
			privateMarkers: [
				...demoCase.markers,
				...demoRequest.markers,
				...demoDilemma.markers,
				...demoGoal.markers,
				...demoActivity.markers
			],
			privateOwner: 'worker',
			orgMarkers: [
				'Wijkteam Voorbeeldstad',
				...demoSession.markers,
				...teamOf.markers,
				...(['worker', 'coach', 'facilitator', 'admin'] as DemoRole[]).map((r) => demoUser(r).email),
				demoUser('worker').name,
				...demoLearning.markers,
				...demoGroup.markers
			],
			snapshots: [
				...demoCase.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoRequest.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoSession.snapshots.map((u) => ['facilitator', u] as [Role, Snapshot]),
				...demoGuide.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoMethod.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...teamOf.snapshots.map((u) => ['admin', u] as [Role, Snapshot]),
				...demoLearning.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoGroup.snapshots.map((u) => ['coach', u] as [Role, Snapshot]),
				...demoDilemma.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoGoal.snapshots.map((u) => ['worker', u] as [Role, Snapshot]),
				...demoActivity.snapshots.map((u) => ['worker', u] as [Role, Snapshot])
			]
		});
		sets.push({
			name: 'andere organisatie',
			values: {
				...common,
				networkCase: otherCase.ids.networkCase,
				adviceSession: otherSession.ids.adviceSession,
				feedbackRequest: otherRequest.feedbackRequest,
				member: otherTeamOf.ids.member,
				...otherLearning.values,
				template: otherTeamOf.ids.template,
				dilemma: otherDilemma.value,
				portfolioGoal: otherGoal.value,
				portfolioActivity: otherActivity.value
			},
			ids: {
				...otherCase.ids,
				...otherSession.ids,
				...otherTeamOf.ids,
				feedbackRequest: otherRequest.feedbackRequest,
				contactRequest: otherRequest.contactRequest,
				...otherLearning.ids,
				demoOrganisation: demo().organisationId
			},
			owners: {
				networkCase: 'otherWorker',
				adviceSession: 'otherWorker',
				feedbackRequest: 'otherWorker',
				member: 'otherAdmin',
				template: 'otherAdmin',
				teamTrial: 'otherWorker',
				story: 'otherWorker',
				dilemma: 'otherWorker',
				portfolioGoal: 'otherWorker',
				portfolioActivity: 'otherWorker'
			},
			members: OTHER_MEMBERS,
			teamMembers: ['otherWorker'],
			admin: 'otherAdmin',
			privateMarkers: [
				...otherCase.markers,
				...otherRequest.markers,
				...otherDilemma.markers,
				...otherGoal.markers,
				...otherActivity.markers
			],
			privateOwner: 'otherWorker',
			orgMarkers: [
				other.organisation,
				other.email,
				...otherSession.markers,
				...otherTeamOf.markers,
				...otherLearning.markers
			],
			snapshots: [
				...[...otherCase.snapshots, ...otherRequest.snapshots, ...otherSession.snapshots].map(
					(u) => ['otherWorker', u] as [Role, Snapshot]
				),
				...otherTeamOf.snapshots.map((u) => ['otherAdmin', u] as [Role, Snapshot]),
				...otherLearning.snapshots.map((u) => ['otherWorker', u] as [Role, Snapshot]),
				...otherDilemma.snapshots.map((u) => ['otherWorker', u] as [Role, Snapshot]),
				...otherGoal.snapshots.map((u) => ['otherWorker', u] as [Role, Snapshot]),
				...otherActivity.snapshots.map((u) => ['otherWorker', u] as [Role, Snapshot])
			]
		});
		for (const set of sets) {
			for (const [k, v] of Object.entries(set.ids)) {
				// The other organisation has no questionnaire of its own: the archive form is left out there.
				if (!(k === 'template' && set.admin === 'otherAdmin')) expect(v, `${set.name}: id voor ${k}`).toBeTruthy();
			}
		}
	});

	test.afterAll(async () => {
		for (const ctx of contexts.values()) await ctx.dispose();
	});

	test('form actions posted with ids of someone else change nothing', async () => {
		test.setTimeout(300_000);
		const before = await snapshot();
		const urls = sets.flatMap((set) => set.snapshots);
		for (const [i, [role, { url }]] of urls.entries()) expect(before[i], `${role} ziet iets op ${url}`).not.toBe('');
		const failures: string[] = [];
		/** Refused by the form check, before the ownership check: nothing changed, but a weaker test. */
		const weak: string[] = [];
		const jobs: (() => Promise<void>)[] = [];
		for (const set of sets) {
			for (const [pattern, entry] of Object.entries(ROUTES)) {
				const url = fill(pattern, entry, set);
				if (url === null) continue;
				const forms: [string, ActionForm | undefined][] = Object.entries(entry.actions ?? {});
				if (entry.methods?.includes('POST')) forms.push(['', undefined]);
				for (const [name, form] of forms) {
					if (form === 'public') continue;
					const target = name === '' || name === 'default' ? url : `${url}${url.includes('?') ? '&' : '?'}/${name}`;
					const fields =
						name === '' ? (entry.post?.(set.ids as Ids) ?? {}) : typeof form === 'function' ? form(set.ids as Ids) : {};
					if (
						Object.values(fields)
							.flat()
							.some((v) => v === undefined)
					)
						continue;
					for (const role of ROLES) {
						// 'own' actions touch only the actor's own data: only a stranger is refused.
						if (form === 'own' && role !== 'anonymous') continue;
						if (mayPost(pattern, entry, role, set, name)) continue;
						jobs.push(async () => {
							const r = await post(contexts.get(role)!, target, fields);
							const body = await r.text();
							const where = `${role} POST ${target} (${set.name}) → ${r.status()} ${location(r)}`;
							if (r.status() === 400 && role !== 'anonymous') weak.push(where);
							else if (!refused(role, r.status(), location(r))) failures.push(where);
							const leaked = forbiddenMarkers(role).filter((m) => body.includes(m));
							if (leaked.length) failures.push(`${where} bevat ${leaked.join(', ')}`);
						});
					}
				}
			}
		}
		await inBatches(jobs, 6, (job) => job());
		console.log(`${jobs.length} POSTs; 400 (formulier) bij: ${weak.join('; ') || 'geen'}`);
		expect(failures).toEqual([]);
		const after = await snapshot();
		for (const [i, [role, { url }]] of urls.entries()) expect(after[i], `${role} ziet ${url} nog zo`).toBe(before[i]);
	});

	test('every route as every role: the owner gets it, everyone else 403, 404 or the sign-in page, never a 500', async () => {
		test.setTimeout(300_000);
		// The other organisation tries to switch to the demo organisation (the cookie is only a choice);
		// the matrix below shows whether anything of the demo organisation comes through.
		for (const role of ['otherAdmin', 'otherWorker'] as const) {
			expect(
				(await post(contexts.get(role)!, '/organisatie', { organisationId: demo().organisationId })).status()
			).toBe(303);
		}
		const failures: string[] = [];
		const jobs: (() => Promise<void>)[] = [];
		// The attestation is asked in both organisations, on PGlite as on PostgreSQL: its line is made
		// through the log's form (makeActivity), and the owner must get the PDF.
		expect(
			sets.map((set) =>
				fill('/ontwikkeling/logboek/[id]/verklaring.pdf', ROUTES['/ontwikkeling/logboek/[id]/verklaring.pdf'], set)
			)
		).not.toContain(null);
		for (const set of sets) {
			for (const [pattern, entry] of Object.entries(ROUTES)) {
				const url = fill(pattern, entry, set);
				// Routes without params are the same for both sets: ask them once.
				if (url === null || (!entry.params && set !== sets[0])) continue;
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
									: await post(ctx, url, entry.post?.(set.ids as Ids) ?? {});
							status = r.status();
							to = location(r);
							body = (await r.body()).toString('utf8');
						}
						const where = `${role} ${method} ${url} (${set.name}) → ${status}${to ? ` ${to}` : ''}`;
						if (status >= 500) failures.push(where);
						else if (entry.access === 'public') {
							// Residents' and participants' pages: anyone may open them.
						} else if (allowed(entry, role, set)) {
							if (status !== 200) failures.push(`${where} (verwacht 200)`);
						} else if (!refused(role, status, to)) failures.push(`${where} (verwacht 403, 404 of /inloggen)`);
						if (entry.access !== 'public') {
							const leaked = forbiddenMarkers(role).filter((m) => body.includes(m));
							if (leaked.length) failures.push(`${where} bevat ${leaked.join(', ')}`);
						}
						// One worker's figures reach nobody else: not her team, her coach or an admin
						// (issue 16). What she shares with her team herself is hers to show.
						if (role !== 'worker') {
							const run = shownRun(withoutSharesOf(body, demoUser('worker').name), workerFigures);
							if (run) failures.push(`${where} toont de cijfers van de werker (${run.what})`);
						}
					});
				}
			}
		}
		await inBatches(jobs, 6, (job) => job());
		console.log(`${jobs.length} verzoeken`);
		expect(failures).toEqual([]);
	});

	test("the check on the worker's figures finds them where she shows them herself: her mirror shared with her team", async () => {
		const [worker, coach] = [contexts.get('worker')!, contexts.get('coach')!];
		const name = demoUser('worker').name;
		const teamId = inputValues(await html(worker, '/team/spiegel'), 'teamId')[0];
		await posted(worker, '/team/spiegel?/share', { teamId, part: 'spiegel' }, 200);
		const mine = (body: string) =>
			[...body.matchAll(/<article class="shared[^"]*">[\s\S]*?<\/article>/g)]
				.map((m) => m[0])
				.find((article) => article.includes(`${name} deelt de eigen spiegel`));
		const shared = await html(coach, '/team/spiegel');
		expect(mine(shared), 'het gedeelde deel').toBeTruthy();
		expect(shownRun(shared, workerFigures), 'haar cijfers, gedeeld').toBeTruthy();
		expect(shownRun(withoutSharesOf(shared, name), workerFigures)).toBeUndefined();

		const shareId = inputValues(mine(await html(worker, '/team/spiegel')) ?? '', 'shareId')[0];
		await posted(worker, '/team/spiegel?/unshare', { teamId, shareId }, 200);
		expect(shownRun(await html(coach, '/team/spiegel'), workerFigures)).toBeUndefined();
	});
});
