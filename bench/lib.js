// Shared helpers for the benchmarks: start the built app on a throwaway embedded database.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import postgres from 'postgres';

export const root = path.resolve(import.meta.dirname, '..');

export function buildIfNeeded() {
	execFileSync(process.execPath, [path.join(root, 'scripts/build-if-needed.js')], { stdio: 'inherit' });
}

/** Seeds a fresh data dir (or uses DATABASE_URL) and starts the built app as `npm start` does; resolves when /healthz answers. */
export async function startApp({ port = 4300, env = {} } = {}) {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vs-bench-'));
	const baseEnv = { ...process.env, VAKSPIEGEL_DATA_DIR: dataDir, LOG_LEVEL: 'warn', VAKSPIEGEL_DEMO: '0', ...env };
	const seed = JSON.parse(
		execFileSync(process.execPath, [path.join(root, 'bin/vakspiegel.js'), 'seed-demo', '--json'], {
			env: baseEnv
		}).toString()
	);
	const origin = `http://127.0.0.1:${port}`;
	// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server while it is measured.
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'build/index.js')], {
		env: { ...baseEnv, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, BODY_SIZE_LIMIT: '25M' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		origin,
		seed,
		pid: child.pid,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * CPU time (ms) used so far by the app, this load generator and all PostgreSQL server processes, read
 * from /proc (Linux): to see where a benchmark's time goes. Zeros where /proc is missing.
 */
export function cpuSnapshot(appPid) {
	const used = (pid) => {
		try {
			const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // utime + stime, in clock ticks of 10 ms
		} catch {
			return 0;
		}
	};
	let postgres = 0;
	try {
		for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
			try {
				if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres += used(pid);
			} catch {
				/* gone meanwhile */
			}
		}
	} catch {
		/* no /proc */
	}
	return { app: appPid ? used(appPid) : 0, generator: used(process.pid), postgres };
}

/** CPU ms per item between two snapshots, as "app 1.10, generator 0.30, postgres 0.50". */
export const cpuPerItem = (before, after, n) =>
	Object.keys(before)
		.map((k) => `${k} ${((after[k] - before[k]) / n).toFixed(2)}`)
		.join(', ');

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Signs in through the real form and returns the session cookie header. */
export async function signIn(origin, email, password) {
	const res = await fetch(`${origin}/inloggen`, {
		method: 'POST',
		redirect: 'manual',
		headers: { Origin: origin, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	return res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}

export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export const brotli = (buf) =>
	zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The bytes a phone downloads for one page: the HTML and every stylesheet, script and image it links. */
export async function pageWeight(pageUrl, cookie = '') {
	const html = Buffer.from(await (await fetch(pageUrl, { headers: { Cookie: cookie } })).arrayBuffer());
	const text = html.toString();
	const assets = new Set();
	for (const m of text.matchAll(/<(?:link[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"/g))
		assets.add(new URL(m[1], pageUrl).href);
	const rows = [['document', html.length, brotli(html)]];
	for (const url of assets) {
		const body = Buffer.from(await (await fetch(url)).arrayBuffer());
		rows.push([new URL(url).pathname, body.length, brotli(body)]);
	}
	const total = rows.reduce((a, r) => [a[0] + r[1], a[1] + r[2]], [0, 0]);
	return { rows, total, text };
}

export function printWeight(rows, total, budgetKb) {
	for (const [name, raw, br] of rows)
		console.log(`  ${name.padEnd(22)} ${kb(raw).padStart(9)} raw  ${kb(br).padStart(8)} brotli`);
	console.log(
		`  ${'TOTAL'.padEnd(22)} ${kb(total[0]).padStart(9)} raw  ${kb(total[1]).padStart(8)} brotli   (budget ≤ ${budgetKb} KB brotli: ${total[1] <= budgetKb * 1024 ? 'OK' : 'OVER'})`
	);
}

/**
 * A light HTTP client for load (node:http with keep-alive): fetch costs several times more CPU per
 * request, and the load generator shares the machine's cores with the app it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs a form; resolves to { status, headers, body } (body as text). */
export function postForm(url, fields, { cookie = '', origin = new URL(url).origin } = {}) {
	const body = new URLSearchParams(fields).toString();
	return request(url, {
		method: 'POST',
		headers: {
			Origin: origin,
			Accept: 'text/html',
			'Content-Type': 'application/x-www-form-urlencoded',
			'Content-Length': Buffer.byteLength(body),
			Cookie: cookie
		},
		body
	});
}

/**
 * POSTs a form as multipart/form-data, as a browser sends a form with a file input (the resident's
 * form has one for a recording): `emptyFile` names a file field left empty. Resolves as postForm.
 */
export function postMultipart(url, fields, { emptyFile, origin = new URL(url).origin, fresh = false } = {}) {
	const boundary = `----WebKitFormBoundary${Math.random().toString(36).slice(2, 18).padEnd(16, '0')}`;
	const parts = Object.entries(fields).map(
		([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
	);
	if (emptyFile) {
		parts.push(
			`--${boundary}\r\nContent-Disposition: form-data; name="${emptyFile}"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`
		);
	}
	const body = `${parts.join('')}--${boundary}--\r\n`;
	return request(url, {
		method: 'POST',
		headers: {
			Origin: origin,
			Accept: 'text/html',
			'Content-Type': `multipart/form-data; boundary=${boundary}`,
			'Content-Length': Buffer.byteLength(body)
		},
		body,
		fresh
	});
}

/**
 * GET or POST with node:http; resolves to { status, headers, body }. A kept-alive connection that the
 * server closed just as it was reused (ECONNRESET before any answer) is tried once more on a new one.
 * `fresh: true` sends the request on a new connection that closes after the answer, as a phone does
 * that took longer to fill in a form than the server keeps an idle connection open (5 s).
 */
export async function request(url, options = {}) {
	try {
		return await requestOnce(url, options);
	} catch (e) {
		if (e.code !== 'ECONNRESET' || !e.beforeResponse) throw e;
		resets++;
		return requestOnce(url, options);
	}
}

/** Requests retried after a reset, for the report. */
export let resets = 0;

function requestOnce(url, { method = 'GET', headers = {}, body, fresh = false } = {}) {
	return new Promise((resolve, reject) => {
		const options = fresh
			? { method, headers: { ...headers, Connection: 'close' }, agent: false }
			: { method, headers, agent };
		const req = http.request(url, options, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() })
			);
			res.on('error', reject);
		});
		req.on('error', (e) => {
			e.beforeResponse = !req.res;
			reject(e);
		});
		req.end(body);
	});
}

/** The cookies a response sets, as a Cookie header. */
export const cookiesOf = (headers) => (headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');

/**
 * Opens a Server-Sent Events stream and calls onEvent(type, data) per event; resolves once the
 * response has started. `signal` aborts it.
 */
export function openEventStream(url, cookie, onEvent, signal) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers: { Accept: 'text/event-stream', Cookie: cookie }, signal }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk) => {
				buffer += chunk;
				let end;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const frame = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const type = /^event: (.*)$/mu.exec(frame)?.[1];
					const data = /^data: (.*)$/mu.exec(frame)?.[1];
					if (type) onEvent(type, data ? JSON.parse(data) : null);
				}
			});
			res.on('error', () => {});
			resolve();
		});
		req.on('error', (e) => (signal?.aborted ? undefined : reject(e)));
	});
}

/**
 * Opens a Server-Sent Events stream and reads it without parsing it: `onState` is called once, when
 * the first event ("state") has come. Resolves once the response has started; `signal` aborts it.
 */
export function holdEventStream(url, cookie, signal, onState) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers: { Accept: 'text/event-stream', Cookie: cookie }, signal }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
			let seen = '';
			const first = (chunk) => {
				seen += chunk.toString('latin1');
				if (!seen.includes('event: state')) return;
				res.off('data', first);
				res.on('data', () => {});
				onState();
			};
			res.on('data', first);
			res.on('error', () => {});
			resolve();
		});
		req.on('error', (e) => (signal?.aborted ? undefined : reject(e)));
	});
}

/**
 * Runs `run(label, env, port)` on the engines BENCH_RUNS names (default `pglite,pg`): PGlite, and
 * PostgreSQL on a throwaway database of the server at BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
export async function onEngines(run, { pglitePort, pgPort }) {
	const runs = new Set((process.env.BENCH_RUNS ?? 'pglite,pg').split(','));
	if (runs.has('pglite')) await run('pglite', {}, pglitePort);
	const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
	if (!runs.has('pg')) return;
	if (!pgUrl) {
		console.log(
			'postgres   skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server to measure it'
		);
		return;
	}
	const name = `vs_bench_${Date.now()}`;
	const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	try {
		await run('postgres', { DATABASE_URL: url.toString() }, pgPort);
	} finally {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end({ timeout: 5 });
	}
}
