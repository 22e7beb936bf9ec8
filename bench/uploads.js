#!/usr/bin/env node
// bench/uploads: what four residents sending a 19.5 MB recording at the same time do to everyone else
// (issue 12, finding 9). Other requests (GET /healthz and a resident's form) are timed one after the
// other, first with no uploads (the baseline, same server, same run), then during rounds of 4 parallel
// uploads; on PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server) on
// PostgreSQL. Not a test: it prints figures and never fails on them.
import { buildIfNeeded, onEngines, pct, request, startApp } from './lib.js';

const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MB = 1024 * 1024;
// Just under the 20 MB a resident may send (MAX_MEDIA_MB), as the review did.
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 19.5) * MB;
const BASELINE_MS = Number(process.env.BENCH_BASELINE_MS ?? 5000);

/** A recording that passes the check: an OGG page header, then filler. */
const recording = Buffer.concat([Buffer.from('OggS\0\x02'), Buffer.alloc(26), Buffer.alloc(SIZE - 32, 0x5a)]);

/** The resident's form with a recording, as a phone sends it (multipart, binary file part). */
function multipart(fields) {
	const boundary = `----WebKitFormBoundary${Math.random().toString(36).slice(2, 18).padEnd(16, '0')}`;
	const head = Object.entries(fields)
		.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
		.join('');
	const file = `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="opname.ogg"\r\nContent-Type: audio/ogg\r\n\r\n`;
	const body = Buffer.concat([Buffer.from(head + file), recording, Buffer.from(`\r\n--${boundary}--\r\n`)]);
	return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** Times GET /healthz and GET of the resident's form, one after the other, until `until()` says stop. */
async function probe(origin, link, until) {
	const times = { healthz: [], form: [] };
	let errors = 0;
	while (!until()) {
		for (const [name, url] of [
			['healthz', `${origin}/healthz`],
			['form', `${origin}${link}`]
		]) {
			const s = performance.now();
			try {
				const res = await request(url);
				if (res.status !== 200) errors++;
			} catch {
				errors++;
			}
			times[name].push(performance.now() - s);
		}
		await new Promise((r) => setTimeout(r, 20));
	}
	return { times, errors };
}

const summary = (list) => {
	const sorted = [...list].sort((a, b) => a - b);
	return `p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n ${sorted.length})`;
};

async function upload(origin, link) {
	const page = (await request(`${origin}${link}`)).body;
	const formToken = page.match(/name="formToken" value="([^"]+)"/)[1].replaceAll('&amp;', '&');
	const { body, type } = multipart({ formToken, taal: 'nl', rater: 'resident', score_time: '4', good: 'Met opname.' });
	const s = performance.now();
	const res = await request(`${origin}${link}?/verstuur`, {
		method: 'POST',
		headers: { Origin: origin, Accept: 'text/html', 'Content-Type': type, 'Content-Length': body.length },
		body
	});
	return { ms: performance.now() - s, status: res.status };
}

async function run(label, env, port) {
	const app = await startApp({ port, env });
	try {
		const link = app.seed.feedback.path;
		// Warm up: the code paths compiled, the form rendered once.
		await probe(
			app.origin,
			link,
			(
				(n) => () =>
					n-- <= 0
			)(20)
		);

		const baselineEnd = performance.now() + BASELINE_MS;
		const baseline = await probe(app.origin, link, () => performance.now() > baselineEnd);

		let uploading = true;
		const during = probe(app.origin, link, () => !uploading);
		const uploads = [];
		const t0 = performance.now();
		for (let round = 0; round < ROUNDS; round++) {
			uploads.push(...(await Promise.all(Array.from({ length: PARALLEL }, () => upload(app.origin, link)))));
		}
		const seconds = (performance.now() - t0) / 1000;
		uploading = false;
		const loaded = await during;

		const statuses = uploads.map((u) => u.status).join(' ');
		console.log(`${label}`);
		console.log(`  baseline, no uploads   healthz ${summary(baseline.times.healthz)}`);
		console.log(`                         form    ${summary(baseline.times.form)}`);
		console.log(
			`  during ${PARALLEL}×${(SIZE / MB).toFixed(1)} MB ×${ROUNDS}  healthz ${summary(loaded.times.healthz)}`
		);
		console.log(`                         form    ${summary(loaded.times.form)}`);
		console.log(
			`  uploads: ${summary(uploads.map((u) => u.ms))}, ${seconds.toFixed(1)} s in all, statuses ${statuses}, probe errors ${baseline.errors + loaded.errors}`
		);
	} finally {
		await app.stop();
	}
}

buildIfNeeded();
console.log(`bench/uploads — ${new Date().toISOString()}`);
await onEngines(run, { pglitePort: 4400, pgPort: 4401 });
