#!/usr/bin/env node
// bench/submit: residents' responses posted by 100 concurrent clients, a fixed number in total (as a
// phone posts the form: multipart, with the recording field left empty), on
// PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server) on PostgreSQL.
// Printed beside the raw driver INSERT rate into the same table, measured in the same run.
// Not a test: it prints figures and never fails on them.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import postgres from 'postgres';
import os from 'node:os';
import { buildIfNeeded, cpuPerItem, cpuSnapshot, pct, postMultipart, request, root, signIn, startApp } from './lib.js';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
// Untimed posts first, so the measured ones run warm (compiled) code paths, as on a server that has
// been up a while; the raw baseline gets the same number of untimed inserts.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const LINKS = Math.ceil((WARMUP + TOTAL) / 140); // each personal link takes 150 responses per day (flood guard)

async function makeLinks(origin, cookie, n) {
	const links = [];
	for (let i = 0; i < n; i++) {
		const res = await fetch(`${origin}/feedback/verzoeken`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				Origin: origin,
				Accept: 'text/html',
				Cookie: cookie,
				'Content-Type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ label: `bench ${i}`, firstName: 'Sanne', address: 'je' })
		});
		const page = await (
			await fetch(new URL(res.headers.get('location'), origin), { headers: { Cookie: cookie } })
		).text();
		links.push(page.match(/\/f\/[A-Za-z0-9_-]{43}/)[0]);
	}
	return links;
}

async function run(label, env, port) {
	const app = await startApp({ port, env });
	try {
		const worker = app.seed.users.find((u) => u.roles.includes('worker') && !u.roles.includes('coach'));
		const cookie = await signIn(app.origin, worker.email, worker.password);
		const links = await makeLinks(app.origin, cookie, LINKS);
		// Phones open the form first (not timed), 100 at a time: each client's connection is then open
		// when the timed posts start. Node (libuv ≥ 1.45) accepts one new connection per turn of the
		// event loop; while kept-alive connections keep the server busy, a burst of new ones waits its turn
		// (measured: up to 7 s on PGlite), which would make the p99 a measure of connection setup.
		const forms = [];
		const count = WARMUP + TOTAL;
		for (let i = 0; i < count; i += CONCURRENCY) {
			await Promise.all(
				Array.from({ length: Math.min(CONCURRENCY, count - i) }, async (_, j) => {
					const link = `${app.origin}${links[(i + j) % links.length]}`;
					const html = (await request(link)).body;
					forms[i + j] = { link, token: html.match(/name="formToken" value="([^"]+)"/)[1].replaceAll('&amp;', '&') };
				})
			);
		}
		let next = 0;
		let latencies = [];
		let failed = 0;
		const post = (end) =>
			Promise.all(
				Array.from({ length: CONCURRENCY }, async () => {
					while (next < end) {
						const i = next++;
						const { link, token } = forms[i];
						const fields = {
							formToken: token,
							taal: 'nl',
							rater: 'resident',
							score_time: '4',
							score_respect: '5',
							good: `Bench ${i}: ze luisterde goed en nam de tijd.`,
							better: 'Vaker terugbellen.'
						};
						const s = performance.now();
						// As a phone sends it: multipart (the form has a field for a recording), no file chosen.
						const res = await postMultipart(`${link}?/verstuur`, fields, { emptyFile: 'media' });
						latencies.push(performance.now() - s);
						if (res.status !== 303) failed++;
					}
				})
			);
		await post(WARMUP);
		latencies = [];
		failed = 0;
		const cpu0 = cpuSnapshot(app.pid);
		const t0 = performance.now();
		await post(WARMUP + TOTAL);
		const seconds = (performance.now() - t0) / 1000;
		const cpu = cpuPerItem(cpu0, cpuSnapshot(app.pid), TOTAL);
		latencies.sort((a, b) => a - b);
		console.log(
			`${label.padEnd(10)} ${String(TOTAL).padStart(5)} responses, ${CONCURRENCY} clients: ${(TOTAL / seconds).toFixed(0)} responses/s, ` +
				`submit p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, failed ${failed}`
		);
		console.log(`${''.padEnd(10)} CPU ms per response: ${cpu}`);
		return TOTAL / seconds;
	} finally {
		await app.stop();
	}
}

/**
 * Raw INSERT rate into feedback_response through the driver alone, no app, same row shape, with
 * `clients` inserting at once (on PGlite one at a time: it has one connection).
 */
async function rawRate(label, open, clients) {
	const { exec, close, ids } = await open();
	const n = 2000;
	let next = 0;
	const insert = (end) =>
		Promise.all(
			Array.from({ length: clients }, async () => {
				while (next < end) {
					next++;
					await exec(ids);
				}
			})
		);
	await insert(WARMUP);
	const cpu0 = cpuSnapshot();
	const t0 = performance.now();
	await insert(WARMUP + n);
	const rate = n / ((performance.now() - t0) / 1000);
	const cpu = cpuPerItem(cpu0, cpuSnapshot(), n);
	await close();
	console.log(
		`${('raw ' + label).padEnd(10)} ${n} single-row INSERTs into feedback_response: ${rate.toFixed(0)} rows/s`
	);
	console.log(`${''.padEnd(10)} CPU ms per row: ${cpu.replace('app 0.00, ', '')}`);
	return rate;
}

async function seededIds(sql) {
	const [r] = await sql`select id, organisation_id, worker_user_id from feedback_request limit 1`;
	return r;
}

const insertSql = `insert into feedback_response (id, request_id, organisation_id, worker_user_id, rater_type, language, scores, good, better, submitted_on)
	values ($1, $2, $3, $4, 'resident', 'nl', '{"time":4,"respect":5}', 'Bench: ze luisterde goed en nam de tijd.', 'Vaker terugbellen.', current_date)`;

buildIfNeeded();
console.log(`bench/submit — ${new Date().toISOString()}`);

/** Which engines: BENCH_RUNS=pglite,pg (default both; PostgreSQL needs a server). */
const RUNS = new Set((process.env.BENCH_RUNS ?? 'pglite,pg').split(','));

if (RUNS.has('pglite')) {
	await rawRate(
		'pglite',
		async () => {
			// The same schema (the app's migrations), in a file-less PGlite of its own.
			const { PGlite } = await import('@electric-sql/pglite');
			const db = new PGlite();
			const migrations = fs
				.readdirSync(`${root}/drizzle`)
				.filter((f) => f.endsWith('.sql'))
				.sort();
			for (const f of migrations)
				await db.exec(fs.readFileSync(`${root}/drizzle/${f}`, 'utf8').replaceAll('--> statement-breakpoint', ''));
			await db.exec(`insert into "user"(id,name,email) values ('u','U','u@x');
		insert into organisation(id,name) values ('00000000-0000-0000-0000-000000000001','O');
		insert into feedback_request(id,organisation_id,worker_user_id,token,first_name) values ('00000000-0000-0000-0000-000000000002','00000000-0000-0000-0000-000000000001','u','t','S');`);
			return {
				ids: {
					id: '00000000-0000-0000-0000-000000000002',
					organisation_id: '00000000-0000-0000-0000-000000000001',
					worker_user_id: 'u'
				},
				exec: (ids) => db.query(insertSql, [randomUUID(), ids.id, ids.organisation_id, ids.worker_user_id]),
				close: () => db.close()
			};
		},
		1
	);
	await run('pglite', {}, 4302);
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl && RUNS.has('pg')) {
	const name = `vs_bench_${Date.now()}`;
	const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	try {
		const appRate = await run('postgres', { DATABASE_URL: url.toString() }, 4303);
		// The driver alone, twice: with the app's own pool (its default, 2 × cores, at most 10) and the
		// same 100 clients, and with 20 connections for 20 clients. The faster of the two is the baseline.
		const pool = Math.min(10, Math.max(2, 2 * os.availableParallelism()));
		const raw = async (max, clients) =>
			rawRate(
				`pg ${max}/${clients}`,
				async () => {
					const sql = postgres(url.toString(), { max, onnotice: () => {} });
					return {
						ids: await seededIds(sql),
						exec: (ids) => sql.unsafe(insertSql, [randomUUID(), ids.id, ids.organisation_id, ids.worker_user_id]),
						close: () => sql.end()
					};
				},
				clients
			);
		const best = Math.max(await raw(pool, CONCURRENCY), await raw(20, 20));
		console.log(
			`postgres   app ${appRate.toFixed(0)} responses/s = ${((100 * appRate) / best).toFixed(0)} % of the faster raw rate (${best.toFixed(0)} rows/s)`
		);
	} finally {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
} else if (RUNS.has('pg')) {
	console.log('postgres   skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server to measure it');
}
