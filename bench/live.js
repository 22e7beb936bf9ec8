#!/usr/bin/env node
// bench/live: N phones (default 1,000) in an advice session, on loopback against the built app. Each
// phone joins, opens the live event stream and sends a tip; then every phone votes (several rounds,
// changing its mind). Printed: streams held, delay from a tip's submit to its arrival at the wall's
// stream and at other phones (p50/p95/p99), votes/s accepted, server RSS per connection and the load
// generator's memory and file descriptors — on one instance (PGlite, PostgreSQL), and with two
// instances on one PostgreSQL (phones spread over both, the wall on one) when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set. Baselines measured in the same run: /healthz
// requests/s, and (PostgreSQL) the raw LISTEN/NOTIFY delay through the driver alone.
// Not a test: it prints figures and never fails on them.
import { setMaxListeners } from 'node:events';
import fs from 'node:fs';
import postgres from 'postgres';
import {
	buildIfNeeded,
	cookiesOf,
	cpuSnapshot,
	holdEventStream,
	openEventStream,
	pageWeight,
	pct,
	postForm,
	printWeight,
	request,
	signIn,
	startApp
} from './lib.js';

const PHONES = Number(process.env.BENCH_PHONES ?? 1000);
const TIP_RATE = Number(process.env.BENCH_TIP_RATE ?? 50); // tips per second, spread evenly
const VOTE_ROUNDS = Number(process.env.BENCH_VOTE_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
/** Phones whose arrival times are recorded (all phones read their stream). */
const SAMPLE = Math.min(PHONES, 100);
/** Which runs: BENCH_RUNS=pglite,pg,pg2 (default all three; the PostgreSQL ones need a server). */
const RUNS = new Set((process.env.BENCH_RUNS ?? 'pglite,pg,pg2').split(','));
/** First of four ports the app instances listen on (BENCH_PORT, default 4310). */
const PORT = Number(process.env.BENCH_PORT ?? 4310);

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/u.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const ms = (sorted) =>
	sorted.length
		? `p50 ${pct(sorted, 50).toFixed(0)} ms, p95 ${pct(sorted, 95).toFixed(0)} ms, p99 ${pct(sorted, 99).toFixed(0)} ms (n=${sorted.length})`
		: 'no arrivals';

async function facilitatorSession(app) {
	const facilitator = app.seed.users.find((u) => u.roles.includes('facilitator'));
	const cookie = await signIn(app.origin, facilitator.email, facilitator.password);
	const list = (await request(`${app.origin}/adviesvangen`, { headers: { Cookie: cookie } })).body;
	// The open demo session (phase "tips") is the newest one.
	const id = /href="\/adviesvangen\/([0-9a-f-]{36})"/u.exec(list)[1];
	return { cookie, id };
}

async function pool(n, work) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
			while (next < n) await work(next++);
		})
	);
}

/**
 * One run. The wall's stream is on `apps[0]`; phone i keeps its stream on apps[i % n] and sends its
 * join, tip and votes through apps[(i + 1) % n]: with two instances the phones are spread over both
 * and every tip reaches some of its readers through the other instance.
 */
async function run(label, apps) {
	const receiveApp = apps[0];
	const streamOf = (i) => apps[i % apps.length];
	const submitOf = (i) => apps[(i + 1) % apps.length];
	const code = receiveApp.seed.advice.code;
	const { cookie: facCookie, id } = await facilitatorSession(receiveApp);
	const controller = new AbortController();
	setMaxListeners(PHONES + 10, controller.signal);
	const rssAll = () => apps.reduce((sum, app) => sum + rssKb(app.pid), 0);
	const rssBefore = rssAll();
	const generatorBefore = rssKb(process.pid);

	// The wall (facilitator's stream) on the receiving instance.
	const wallArrivals = new Map();
	const wallTexts = new Map();
	await openEventStream(
		`${receiveApp.origin}/adviesvangen/${id}/live`,
		facCookie,
		(type, data) => {
			if (type === 'tip' && data?.text) {
				wallArrivals.set(data.text, performance.now());
				wallTexts.set(data.id, data.text);
			}
		},
		controller.signal
	);

	// Phones join through the submitting instance; their streams go to the receiving one.
	const phones = new Array(PHONES);
	await pool(PHONES, async (i) => {
		const res = await postForm(`${submitOf(i).origin}/doe-mee/${code}?/join`, {
			groupKey: ['inwoners', 'sociaal-werkers', 'beleidsmakers'][i % 3]
		});
		phones[i] = { cookie: cookiesOf(res.headers), arrivals: new Map(), connected: false };
	});
	await pool(PHONES, async (i) => {
		const phone = phones[i];
		// Phones that are not sampled read their stream as a phone does, without parsing every frame:
		// the generator shares the machine, and parsing 5,000 streams made its own delays the figure.
		if (i >= SAMPLE) {
			await holdEventStream(`${streamOf(i).origin}/doe-mee/${code}/live`, phone.cookie, controller.signal, () => {
				phone.connected = true;
			});
			return;
		}
		await openEventStream(
			`${streamOf(i).origin}/doe-mee/${code}/live`,
			phone.cookie,
			(type, data) => {
				if (type === 'state') phone.connected = true;
				if (type === 'tip' && i < SAMPLE) phone.arrivals.set(data.id, performance.now());
			},
			controller.signal
		);
	});
	await new Promise((r) => setTimeout(r, 1000));
	const held = phones.filter((p) => p.connected).length;
	const rssPerConnection = ((rssAll() - rssBefore) / (held + 1)).toFixed(1);
	// The load generator's own price per phone (memory, open sockets), to size a machine that plays a room.
	const generatorPerConnection = ((rssKb(process.pid) - generatorBefore) / (held + 1)).toFixed(1);
	const generatorFds = fs.readdirSync('/proc/self/fd').length;

	// Tips at a steady rate; the text says when it was sent. The servers' CPU during the tips says what
	// the delays would be on a machine of its own: busy machines make every delay longer.
	const serverCpu = () => apps.reduce((sum, app) => sum + cpuSnapshot(app.pid).app, 0);
	const tipCpuBefore = serverCpu();
	const sentAt = new Map();
	const t0 = performance.now();
	await pool(PHONES, async (i) => {
		const due = t0 + (i / TIP_RATE) * 1000;
		const wait = due - performance.now();
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		const text = `bench tip ${i}: neem de tijd en kom je afspraken na`;
		sentAt.set(text, performance.now());
		await postForm(
			`${submitOf(i).origin}/doe-mee/${code}?/tip`,
			{ text, nonce: `bench-nonce-${i}-${Date.now()}` },
			{ cookie: phones[i].cookie }
		);
	});
	const tipSeconds = (performance.now() - t0) / 1000;
	const tipCpu = serverCpu() - tipCpuBefore;
	await new Promise((r) => setTimeout(r, 2000));
	const wallDelays = [...sentAt].filter(([t]) => wallArrivals.has(t)).map(([t, s]) => wallArrivals.get(t) - s);
	// Phones only get a tip's id; the wall saw id and text together, and the text says when it was sent.
	const phoneDelays = [];
	for (const phone of phones.slice(0, SAMPLE)) {
		for (const [tipId, at] of phone.arrivals) {
			const sent = sentAt.get(wallTexts.get(tipId));
			if (sent !== undefined) phoneDelays.push(at - sent);
		}
	}
	wallDelays.sort((a, b) => a - b);
	phoneDelays.sort((a, b) => a - b);

	// Voting: themes from the suggestion, then every phone places its dots, VOTE_ROUNDS times.
	await postForm(`${receiveApp.origin}/adviesvangen/${id}/themas?/suggestion`, {}, { cookie: facCookie });
	await postForm(`${receiveApp.origin}/adviesvangen/${id}?/phase`, { phase: 'voting' }, { cookie: facCookie });
	const page = (await request(`${submitOf(0).origin}/doe-mee/${code}`, { headers: { Cookie: phones[0].cookie } })).body;
	const themes = [...page.matchAll(/name="dots_([0-9a-f-]{36})"/gu)].map((m) => m[1]);
	let accepted = 0;
	let refused = 0;
	const v0 = performance.now();
	const voteCpuBefore = serverCpu();
	for (let round = 0; round < VOTE_ROUNDS; round++) {
		await pool(PHONES, async (i) => {
			const fields = { version: String(round) };
			themes.forEach((t, k) => (fields[`dots_${t}`] = k === (i + round) % themes.length ? '3' : '0'));
			const res = await postForm(`${submitOf(i).origin}/doe-mee/${code}?/vote`, fields, {
				cookie: phones[i].cookie
			});
			if (res.status === 303) accepted++;
			else refused++;
		});
	}
	const votesPerSecond = accepted / ((performance.now() - v0) / 1000);
	const voteCpu = serverCpu() - voteCpuBefore;
	controller.abort();
	const weight = await pageWeight(`${submitOf(0).origin}/doe-mee/${code}`, phones[0].cookie);

	console.log(`${label}`);
	console.log(
		`  streams held        ${held} of ${PHONES} phones (+1 wall); server RSS +${rssPerConnection} KB per connection`
	);
	console.log(
		`  load generator      +${generatorPerConnection} KB RSS per connection, ${generatorFds} file descriptors open (ulimit -n must allow it)`
	);
	console.log(`  tip → wall stream   ${ms(wallDelays)} at ${TIP_RATE} tips/s`);
	console.log(`  tip → other phones  ${ms(phoneDelays)} (${SAMPLE} phones sampled, each receives every tip)`);
	console.log(
		`  server CPU, tips    ${(tipCpu / tipSeconds / 10).toFixed(0)} % of one core while tips came (${(tipCpu / PHONES).toFixed(2)} ms per tip, all instances)`
	);
	console.log(
		`  votes               ${votesPerSecond.toFixed(0)} votes/s accepted (${accepted} accepted, ${refused} refused, ${CONCURRENCY} clients, ${themes.length} themes)`
	);
	console.log(`  server CPU, votes   ${(voteCpu / Math.max(1, accepted)).toFixed(2)} ms per vote (all instances)`);
	console.log('  participant page (voting step, joined): what a phone downloads, live-update script included');
	printWeight(weight.rows, weight.total, 30);
}

/** Baseline: plain HTTP requests/s against /healthz on the same app and machine. */
async function httpBaseline(app) {
	const n = 3000;
	const cpu0 = cpuSnapshot(app.pid).app;
	const t0 = performance.now();
	await pool(n, () => request(`${app.origin}/healthz`));
	console.log(
		`  baseline /healthz   ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} requests/s (${CONCURRENCY} clients), ${((cpuSnapshot(app.pid).app - cpu0) / n).toFixed(2)} ms server CPU per request`
	);
}

/** Baseline: NOTIFY → LISTEN delay through postgres.js alone, two connections, no app. */
async function notifyBaseline(url) {
	const listener = postgres(url, { max: 1, onnotice: () => {} });
	const sender = postgres(url, { max: 4, onnotice: () => {} });
	const delays = [];
	const sent = new Map();
	await listener.listen('bench_baseline', (payload) => delays.push(performance.now() - sent.get(payload)));
	for (let i = 0; i < 500; i++) {
		sent.set(String(i), performance.now());
		await sender`select pg_notify('bench_baseline', ${String(i)})`;
		await new Promise((r) => setTimeout(r, 2));
	}
	await new Promise((r) => setTimeout(r, 500));
	await listener.end();
	await sender.end();
	console.log(`  baseline NOTIFY     ${ms(delays.sort((a, b) => a - b))} (driver alone)`);
}

buildIfNeeded();
console.log(`bench/live — ${new Date().toISOString()} — ${PHONES} phones`);

if (RUNS.has('pglite')) {
	const single = await startApp({ port: PORT });
	try {
		await run('one instance, PGlite', [single]);
		await httpBaseline(single);
	} finally {
		await single.stop();
	}
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
	const name = `vs_bench_live_${Date.now()}`;
	const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	const env = { DATABASE_URL: url.toString() };
	try {
		if (RUNS.has('pg')) {
			const one = await startApp({ port: PORT + 1, env });
			try {
				await run('one instance, PostgreSQL', [one]);
				await httpBaseline(one);
			} finally {
				await one.stop();
			}
			await admin.unsafe(`drop database ${name} with (force)`);
			await admin.unsafe(`create database ${name}`);
		}
		if (RUNS.has('pg2')) {
			const a = await startApp({ port: PORT + 2, env });
			const b = await startApp({ port: PORT + 3, env });
			try {
				// b's seed ran last: its passwords are the valid ones, for both instances.
				a.seed = b.seed;
				await run('two instances, PostgreSQL (phones spread over both, wall on A)', [a, b]);
			} finally {
				await a.stop();
				await b.stop();
			}
		}
		await notifyBaseline(url.toString());
	} finally {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
} else {
	console.log('postgres skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server to measure it');
}
