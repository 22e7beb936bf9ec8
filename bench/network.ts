#!/usr/bin/env -S npx tsx
// bench/network: the figures issue #5 asks for, each beside a baseline from the same run.
//   1. Editor page (/netwerk/<id>/cirkel) bytes: JS + CSS (budget ≤ 60 KB brotli) and the whole page,
//      raw and brotli, beside the anchor easyNWK-web 2.7.1 (834,856 B raw / 165,159 B brotli JS + CSS).
//   2. Server render of a 100-person map (budget ≤ 50 ms): the SVG in-process, and the whole page
//      over HTTP beside the casus list page.
//   3. Drag at 100 persons (budget ≤ 16 ms per frame): main-thread tasks in a Chromium trace while a
//      person is dragged, beside the same page at rest.
//   4. A3 PDF of a 100-person map (budget ≤ 1 s), beside a blank worksheet PDF.
// Runs the production build on a throwaway embedded database. Prints figures, never fails.
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildIfNeeded, kb, startApp } from './lib.js';
import type { NetworkDocument } from '../src/lib/server/network/network-document';
import { renderNetworkPdf } from '../src/lib/server/network/network-pdf';
import { renderNetworkSvg } from '../src/lib/server/network/render-network-svg';
import { SECTORS } from '../src/lib/network/model';
import { median } from './in-process';

const N = 100;
const brotli = (buf: Buffer) =>
	zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

buildIfNeeded();
const app = await startApp({ port: 4302 });
const worker = app.seed.users.find((u: { email: string }) => u.email === app.seed.network.worker);
let cookie = '';

async function request(path: string, init: RequestInit = {}): Promise<Response> {
	const res = await fetch(`${app.origin}${path}`, {
		...init,
		redirect: 'manual',
		headers: { origin: app.origin, cookie, ...(init.headers ?? {}) }
	});
	for (const c of res.headers.getSetCookie()) cookie = [cookie, c.split(';')[0]].filter(Boolean).join('; ');
	return res;
}
const post = (path: string, form: Record<string, string>) =>
	request(path, {
		method: 'POST',
		body: new URLSearchParams(form),
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }
	});
async function timed(path: string, runs = 15): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const res = await request(path);
		await res.arrayBuffer();
		times.push(performance.now() - start);
	}
	return median(times);
}

try {
	await post('/inloggen', { email: worker.email, password: worker.password });
	const created = await post('/netwerk?/create', { label: 'Bench 100' });
	const casePath = new URL(created.headers.get('location')!, app.origin).pathname;
	for (let i = 0; i < N; i++) await post(`${casePath}?/add`, { name: `Persoon ${i + 1}`, remark: '' });
	const ids = [...(await (await request(`${casePath}/cirkel`)).text()).matchAll(/data-person-id="([^"]+)"/g)].map(
		(m) => m[1]
	);
	for (const [i, personId] of ids.entries()) {
		await post(`${casePath}/cirkel?/place`, { personId, sector: SECTORS[i % 5], ring: String((i % 3) + 1) });
		await post(`${casePath}/ecogram?/relation`, {
			personId,
			relation: ['strong', 'normal', 'weak', 'stressful', 'broken'][i % 5],
			energy: ['gives', 'receives', 'mutual'][i % 3],
			supports: 'emotional'
		});
	}
	console.log(`Network with ${ids.length} people, all placed, each with a relation (issue #5)\n`);

	// 1. Page weight.
	const pageUrl = `${app.origin}${casePath}/cirkel`;
	const html = Buffer.from(await (await request(`${casePath}/cirkel`)).arrayBuffer());
	const assets = new Set<string>();
	for (const m of html.toString().matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g))
		assets.add(new URL(m[1], pageUrl).pathname);
	let jsCss = [0, 0];
	console.log('1. Editor page (netwerkcirkel), bytes the browser downloads');
	console.log(
		`  ${'document (HTML + SVG)'.padEnd(44)} ${kb(html.length).padStart(9)} raw  ${kb(brotli(html)).padStart(8)} brotli`
	);
	let total = [html.length, brotli(html)];
	for (const asset of assets) {
		if (!/\.(js|css)$/.test(asset)) continue;
		const body = Buffer.from(await (await request(asset)).arrayBuffer());
		jsCss = [jsCss[0] + body.length, jsCss[1] + brotli(body)];
		total = [total[0] + body.length, total[1] + brotli(body)];
		console.log(
			`  ${asset.slice(-44).padEnd(44)} ${kb(body.length).padStart(9)} raw  ${kb(brotli(body)).padStart(8)} brotli`
		);
	}
	console.log(
		`  ${'JS + CSS'.padEnd(44)} ${kb(jsCss[0]).padStart(9)} raw  ${kb(jsCss[1]).padStart(8)} brotli   (budget ≤ 60 KB brotli: ${jsCss[1] <= 60 * 1024 ? 'OK' : 'OVER'})`
	);
	console.log(`  ${'whole page'.padEnd(44)} ${kb(total[0]).padStart(9)} raw  ${kb(total[1]).padStart(8)} brotli`);
	console.log(
		`  anchor easyNWK-web 2.7.1 editor, JS + CSS:   815.3 KB raw    161.3 KB brotli (834,856 B / 165,159 B)\n`
	);

	// 2. Server render.
	const persons = ids.map((id, i) => ({
		id,
		name: `Persoon ${i + 1}`,
		remark: '',
		sector: SECTORS[i % 5],
		ring: ((i % 3) + 1) as 1 | 2 | 3,
		relation: (['strong', 'normal', 'weak', 'stressful', 'broken'] as const)[i % 5],
		energy: (['gives', 'receives', 'mutual'] as const)[i % 3],
		supports: ['emotional' as const]
	}));
	const svgTimes: number[] = [];
	for (let i = 0; i < 50; i++) {
		const start = performance.now();
		renderNetworkSvg(persons, [], { kind: 'ecogram', clientLabel: 'B.', idPrefix: 'b', title: 't', draggable: true });
		svgTimes.push(performance.now() - start);
	}
	const circlePage = await timed(`${casePath}/cirkel`);
	const ecogramPage = await timed(`${casePath}/ecogram`);
	const listPage = await timed('/netwerk');
	console.log(`2. Server render, ${N} people (median)`);
	console.log(
		`  SVG drawing in-process                       ${ms(median(svgTimes)).padStart(9)}   (budget ≤ 50 ms: ${median(svgTimes) <= 50 ? 'OK' : 'OVER'})`
	);
	console.log(
		`  whole netwerkcirkel page over HTTP           ${ms(circlePage).padStart(9)}   (includes database, audit entry, HTML)`
	);
	console.log(`  whole ecogram page over HTTP                 ${ms(ecogramPage).padStart(9)}`);
	console.log(`  baseline: casus list page over HTTP          ${ms(listPage).padStart(9)}\n`);

	// 3. Drag at 100 persons, in a Chromium trace.
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		await context.addCookies(
			cookie.split('; ').map((c) => {
				const [name, ...rest] = c.split('=');
				return { name, value: rest.join('='), url: app.origin };
			})
		);
		const page = await context.newPage();
		await page.goto(pageUrl);
		const node = page.locator('g[data-person-id]').nth(7).locator('circle').last();
		const box = (await node.boundingBox())!;
		const x0 = box.x + box.width / 2;
		const y0 = box.y + box.height / 2;
		const tasks = async (act: () => Promise<void>) => {
			await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
			await act();
			const trace = JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: { name: string; dur?: number; ph: string }[];
			};
			const runTasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.dur).map((e) => e.dur! / 1000);
			const frames = trace.traceEvents.filter((e) => e.name === 'Paint' || e.name === 'PaintImage').length;
			return { runTasks, frames };
		};
		const rest = await tasks(async () => {
			for (let i = 0; i < 60; i++) await page.mouse.move(10 + i, 10);
		});
		const dragging = await tasks(async () => {
			await page.mouse.move(x0, y0);
			await page.mouse.down();
			for (let i = 1; i <= 60; i++) await page.mouse.move(x0 + i * 4, y0 + Math.sin(i / 6) * 60);
			// Back to the start before letting go: the drop does not count as a move, nothing is sent.
			await page.mouse.move(x0, y0, { steps: 5 });
			await page.mouse.up();
		});
		console.log(`3. Drag one person across a map of ${N} (Chromium trace, main-thread tasks)`);
		console.log(
			`  while dragging: ${dragging.runTasks.length} tasks, p95 ${ms(pct(dragging.runTasks, 0.95))}, longest ${ms(Math.max(...dragging.runTasks))}, ${dragging.frames} paints   (budget ≤ 16 ms per frame: ${pct(dragging.runTasks, 0.95) <= 16 ? 'OK' : 'OVER'})`
		);
		console.log(
			`  baseline, pointer moving without a drag: ${rest.runTasks.length} tasks, p95 ${ms(pct(rest.runTasks, 0.95))}, longest ${ms(Math.max(...rest.runTasks))}\n`
		);
	} finally {
		await browser.close();
	}

	// 4. PDF. The first one after a start also parses the embedded font (once per process).
	const firstStart = performance.now();
	await (await request(`${casePath}/export.pdf`)).arrayBuffer();
	const first = performance.now() - firstStart;
	const pdf = await timed(`${casePath}/export.pdf`, 5);
	const pdfBytes = (await (await request(`${casePath}/export.pdf`)).arrayBuffer()).byteLength;
	const blank = await timed('/netwerk/werkbladen/ecogram.pdf', 5);
	// The drawing alone, in this process: without the database, the audit entry and HTTP.
	const pdfDocument: NetworkDocument = {
		format: 'vakspiegel-netwerk/1',
		pseudonymised: false,
		kind: 'client',
		client: 'Bench 100',
		clientRoles: [],
		clientRoleOther: '',
		exportedOn: '2026-11-23',
		persons,
		ties: [],
		versions: [],
		goals: [],
		concerns: [],
		strengths: [],
		legend: {}
	};
	const renderTimes: number[] = [];
	for (let i = 0; i < 10; i++) {
		const start = performance.now();
		await renderNetworkPdf(pdfDocument);
		renderTimes.push(performance.now() - start);
	}
	console.log(`4. A3 PDF (median of 5, over HTTP)`);
	console.log(
		`  ${N}-person map, ecogram + lists + plan      ${ms(pdf).padStart(9)}   ${kb(pdfBytes)}   (budget ≤ 1 s: ${pdf <= 1000 ? 'OK' : 'OVER'})`
	);
	console.log(`  first PDF after the server started          ${ms(first).padStart(9)}   (parses the font once)`);
	console.log(`  PDF drawing in-process (median of 10)        ${ms(median(renderTimes)).padStart(9)}`);
	console.log(`  baseline: blank ecogram worksheet            ${ms(blank).padStart(9)}`);
} finally {
	await app.stop();
}
