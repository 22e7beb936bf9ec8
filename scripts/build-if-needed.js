#!/usr/bin/env node
// Builds the app when build/ is missing or older than the sources, so `npm start` and the browser
// tests always run the current code without a separate build step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const marker = path.join(root, 'build', 'index.js');

function newest(dir) {
	let latest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name === 'paraglide') continue;
			latest = Math.max(latest, newest(full));
		} else latest = Math.max(latest, fs.statSync(full).mtimeMs);
	}
	return latest;
}

export function buildIfNeeded() {
	const sources = ['src', 'messages', 'static', 'drizzle']
		.map((d) => path.join(root, d))
		.filter((d) => fs.existsSync(d));
	const sourceTime = Math.max(
		...sources.map(newest),
		...['package.json', 'svelte.config.js', 'vite.config.ts'].map((f) => fs.statSync(path.join(root, f)).mtimeMs)
	);
	if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sourceTime) return;
	console.error('Vakspiegel: de app wordt gebouwd (eenmalig, ± 20 seconden)…');
	execFileSync(
		process.execPath,
		[path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
