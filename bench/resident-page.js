#!/usr/bin/env node
// bench/resident-page: the bytes a resident's phone downloads for /f/<token> (HTML + CSS + JS +
// fonts + images), raw and brotli, beside the anchors of issue #3 and a baseline measured in this
// run: SvelteKit's own client runtime as this build ships it to pages that do use client rendering.
import fs from 'node:fs';
import path from 'node:path';
import { brotli, buildIfNeeded, kb, pageWeight, printWeight, root, startApp } from './lib.js';

buildIfNeeded();
const app = await startApp({ port: 4301 });
try {
	const { rows, total, text } = await pageWeight(`${app.origin}${app.seed.feedback.path}`);

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
	printWeight(rows, total, 20);
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
