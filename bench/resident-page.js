#!/usr/bin/env node
// bench/resident-page: the bytes a resident's phone downloads for /f/<token> (HTML + CSS + JS +
// fonts + images), raw and brotli, beside the anchors of issue #3 and a baseline measured in this
// run: SvelteKit's own client runtime as this build ships it to pages that do use client rendering.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildIfNeeded, kb, root, startApp } from './lib.js';

const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

buildIfNeeded();
const app = await startApp({ port: 4301 });
try {
	const pageUrl = `${app.origin}${app.seed.feedback.path}`;
	const html = Buffer.from(await (await fetch(pageUrl)).arrayBuffer());
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

	const entry = path.join(root, 'build/client/_app/immutable');
	const jsFiles = (dir) =>
		fs
			.readdirSync(dir, { withFileTypes: true })
			.flatMap((d) =>
				d.isDirectory() ? jsFiles(path.join(dir, d.name)) : d.name.endsWith('.js') ? [path.join(dir, d.name)] : []
			);
	const runtime = [...jsFiles(path.join(entry, 'entry')), ...jsFiles(path.join(entry, 'chunks'))].map((f) =>
		fs.readFileSync(f)
	);
	const runtimeRaw = runtime.reduce((a, b) => a + b.length, 0);
	const runtimeBr = runtime.reduce((a, b) => a + brotli(b), 0);

	console.log(
		`Resident page ${app.seed.feedback.path.replace(/[^/]+$/, '<token>')} (JavaScript not needed: ${/<script/.test(text) ? 'one deferred enhancement script' : 'no script at all'})`
	);
	for (const [name, raw, br] of rows)
		console.log(`  ${name.padEnd(22)} ${kb(raw).padStart(9)} raw  ${kb(br).padStart(8)} brotli`);
	console.log(
		`  ${'TOTAL'.padEnd(22)} ${kb(total[0]).padStart(9)} raw  ${kb(total[1]).padStart(8)} brotli   (budget ≤ 20 KB brotli: ${total[1] <= 20 * 1024 ? 'OK' : 'OVER'})`
	);
	console.log(
		'Baseline, same build: all client JavaScript chunks (upper bound of what a client-rendered page of this app loads)'
	);
	console.log(`  ${'framework JS'.padEnd(22)} ${kb(runtimeRaw).padStart(9)} raw  ${kb(runtimeBr).padStart(8)} brotli`);
	console.log(
		'Anchors (issue #3): Formbricks survey JS 964,622 B raw / 222,100 B brotli; SurveyJS 1,451,306 B / 274,886 B'
	);
} finally {
	await app.stop();
}
