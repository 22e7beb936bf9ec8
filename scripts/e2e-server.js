#!/usr/bin/env node
// The server for the Playwright tests (playwright.config.ts → webServer): a fresh PGlite data dir,
// the demo organisation seeded by the real CLI, then the production build (adapter-node) in this
// process. The seed runs to completion first: PGlite has no cross-process lock (STACK.md, trap 1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'e2e', '.data');
const port = process.env.E2E_PORT || '4173';

if (!fs.existsSync(path.join(root, 'build', 'index.js'))) {
	console.error('e2e-server: build/index.js ontbreekt. Draai eerst `node scripts/build-if-needed.js`.');
	process.exit(1);
}

fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const env = { ...process.env, VAKSPIEGEL_DATA_DIR: dataDir, VAKSPIEGEL_DEMO: '0', LOG_LEVEL: 'warn', PORT: port };
env.ORIGIN = `http://localhost:${port}`;
// The tests read invitation and reset links from the page: that only happens without SMTP. And
// always the embedded database, also when CI exports a PostgreSQL URL for the data tests.
delete env.SMTP_URL;
delete env.DATABASE_URL;

const out = execFileSync(process.execPath, [path.join(root, 'bin', 'vakspiegel.js'), 'seed-demo', '--json'], {
	cwd: root,
	env,
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit']
});
const demo = JSON.parse(out.slice(out.indexOf('{')));
fs.writeFileSync(path.join(dataDir, 'demo.json'), JSON.stringify(demo, null, '\t') + '\n', { mode: 0o600 });

Object.assign(process.env, env);
delete process.env.SMTP_URL;
delete process.env.DATABASE_URL;
await import('../build/index.js');
