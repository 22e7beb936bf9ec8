#!/usr/bin/env -S npx tsx
// bench/team-phase: a learning session with 12 phones (participants, each with the session's live
// stream open) and the projector screen connected; the voorzitter moves to the next (or back to the
// previous) phase N times. Measured per move and per phone: the time from the POST until the phone's
// stream says "phase", and until the phone has fetched its page again and shows the new phase — what a
// participant sees (budget: p95 ≤ 2 s on PGlite). On the built app over loopback, on PGlite (embedded,
// no DATABASE_URL) and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), beside the same
// server's /healthz rate in the same run. Prints figures, never fails.
//   BENCH_PHONES=12 BENCH_MOVES=40 BENCH_RUNS=pglite,pg npx tsx bench/team-phase.ts
import { setMaxListeners } from 'node:events';
import {
	buildIfNeeded,
	cookiesOf,
	onEngines,
	openEventStream,
	pct,
	postForm,
	request,
	signIn,
	startApp
} from './lib.js';

const PHONES = Number(process.env.BENCH_PHONES ?? 12);
const MOVES = Number(process.env.BENCH_MOVES ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 4330);

type App = Awaited<ReturnType<typeof startApp>>;
interface Seed {
	users: { email: string; password: string; roles: string[] }[];
}

const ms = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length
		? `p50 ${pct(s, 50).toFixed(0)} ms, p95 ${pct(s, 95).toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms (n=${s.length})`
		: 'no arrivals';
};

/** A new team with PHONES + 1 new people (the admin's real forms); returns their cookies, the voorzitter first. */
async function team(app: App, tag: string) {
	const admin = (app.seed as Seed).users.find((u) => u.roles.includes('admin'))!;
	const cookie = await signIn(app.origin, admin.email, admin.password);
	const name = `Bench ${tag}`;
	await postForm(`${app.origin}/beheer/teams?/create`, { name, description: '' }, { cookie });
	const teams = (await request(`${app.origin}/beheer/teams`, { headers: { Cookie: cookie } })).body;
	const teamId = /name="teamId" value="([0-9a-f-]{36})"/u.exec(teams.slice(teams.indexOf(name)))![1];
	const people: string[] = [];
	for (let i = 0; i <= PHONES; i++) {
		const email = `fase-${tag}-${i}@bench.vakspiegel.example`;
		const invited = await postForm(
			`${app.origin}/beheer/uitnodigingen?/create`,
			{ email, roles: 'worker', teamIds: teamId },
			{ cookie }
		);
		const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/u.exec(invited.body)![1];
		const password = `wachtwoord-${tag}-${i}`;
		const accepted = await postForm(`${app.origin}/uitnodiging/${token}`, {
			name: `Deelnemer ${i}`,
			password,
			passwordRepeat: password
		});
		people.push(cookiesOf(accepted.headers));
	}
	return { teamId, people };
}

/** The voorzitter plans a leersessie with everyone and starts it; returns its path. */
async function session(app: App, teamId: string, chair: string) {
	const form = (await request(`${app.origin}/team/sessies/nieuw?team=${teamId}`, { headers: { Cookie: chair } })).body;
	const members = [...form.matchAll(/name="participantIds" value="([0-9a-f-]{36})"/gu)].map((m) => m[1]);
	const me = /name="participantIds" value="([0-9a-f-]{36})"[^>]*checked/u.exec(form)![1];
	const fields: [string, string][] = [
		['teamId', teamId],
		['methodRef', 'builtin:leersessie'],
		['theme', 'Werkdruk'],
		['day', new Date().toISOString().slice(0, 10)],
		['time', '14:00'],
		['chairMembershipId', me],
		['inbrengerMembershipId', ''],
		...members.map((id): [string, string] => ['participantIds', id])
	];
	const made = await postForm(`${app.origin}/team/sessies/nieuw`, fields as unknown as Record<string, string>, {
		cookie: chair
	});
	const path = new URL(String(made.headers.location), app.origin).pathname;
	await postForm(`${app.origin}${path}?/move`, { move: 'start', from: '0' }, { cookie: chair });
	return path;
}

/** Baseline: plain HTTP requests/s against /healthz on the same app and machine. */
async function healthz(app: App) {
	const n = 2000;
	const t0 = performance.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: 50 }, async () => {
			while (next++ < n) await request(`${app.origin}/healthz`);
		})
	);
	return n / ((performance.now() - t0) / 1000);
}

async function run(label: string, env: Record<string, string>, port: number) {
	const app = await startApp({ port, env });
	try {
		const { teamId, people } = await team(app, `${label}-${Date.now().toString(36)}`);
		const [chair, ...phones] = people;
		const path = await session(app, teamId, chair);
		const controller = new AbortController();
		setMaxListeners(PHONES + 10, controller.signal);
		// Per move: when it was posted, and per reader when the event and the new phase arrived.
		let posted = 0;
		let expected = 0;
		const toEvent: number[] = [];
		const toPhase: number[] = [];
		const readers = [
			...phones.map((cookie) => ({ cookie, page: path })),
			{ cookie: chair, page: `${path}/scherm` } // the projector
		];
		let projector: number[] = [];
		await Promise.all(
			readers.map((r, i) =>
				openEventStream(
					`${app.origin}${path}/live`,
					r.cookie,
					async (type: string) => {
						if (type !== 'phase' || !posted) return;
						const sentAt = posted;
						const want = `Fase ${expected + 1} van`;
						if (i < readers.length - 1) toEvent.push(performance.now() - sentAt);
						const body = (await request(`${app.origin}${r.page}`, { headers: { Cookie: r.cookie } })).body;
						if (!body.includes(want)) return;
						const delay = performance.now() - sentAt;
						if (i === readers.length - 1) projector.push(delay);
						else toPhase.push(delay);
					},
					controller.signal
				)
			)
		);
		await new Promise((r) => setTimeout(r, 500));
		let direction = 1;
		for (let k = 0; k < MOVES; k++) {
			// Leersessie: 4 phases; forward to the last, then back to the first, and so on.
			const from = expected;
			if (from + direction < 0 || from + direction > 3) direction = -direction;
			const move = direction > 0 ? 'next' : 'back';
			expected = from + direction;
			posted = performance.now();
			await postForm(`${app.origin}${path}?/move`, { move, from: String(from) }, { cookie: chair });
			await new Promise((r) => setTimeout(r, 1500));
		}
		controller.abort();
		const rate = await healthz(app);
		console.log(`${label}`);
		console.log(`  move → phone stream     ${ms(toEvent)}`);
		console.log(
			`  move → phone shows it   ${ms(toPhase)} (${PHONES} phones × ${MOVES} moves; budget p95 ≤ 2000 ms on PGlite)`
		);
		console.log(`  move → projector shows  ${ms(projector)}`);
		console.log(`  baseline /healthz       ${rate.toFixed(0)} requests/s (50 clients, same server)`);
		projector = [];
	} finally {
		await app.stop();
	}
}

buildIfNeeded();
console.log(`bench/team-phase — ${new Date().toISOString()} — ${PHONES} phones + projector, ${MOVES} moves`);
await onEngines((engine: string, env: Record<string, string>, port: number) => run(engine, env, port), {
	pglitePort: PORT,
	pgPort: PORT + 1
});
