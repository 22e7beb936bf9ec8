#!/usr/bin/env node
// The server for the Playwright tests (playwright.config.ts → webServer): a fresh database, the demo
// organisation seeded by the real CLI, then the production build (adapter-node) in this process.
// With TEST_DATABASE_URL (CI sets it) the database is a new one on that PostgreSQL server, dropped
// again when the server stops; PGlite is covered by the database tests (vitest), and PostgreSQL lets
// several Playwright workers write at once where PGlite's single connection queues them. Without it,
// a fresh PGlite data dir. The seed runs to completion first: PGlite has no cross-process lock
// (STACK.md, trap 1).
// The server runs from a copy of build/: a rebuild during the run (someone else's `npm run build`)
// would otherwise delete the hashed assets under it, and adapter-node's static handler crashes the
// process on the missing file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';

const root = path.resolve(import.meta.dirname, '..');
// E2E_DATA_DIR: a second server of one's own (e2e/sso.spec.ts starts one with a work-account provider).
const dataDir = process.env.E2E_DATA_DIR ? path.resolve(process.env.E2E_DATA_DIR) : path.join(root, 'e2e', '.data');
const port = process.env.E2E_PORT || '4173';

const build = path.join(root, 'build');
const snapshot = path.join(dataDir, 'build');

// A build that is being written has no index.js yet: wait for it rather than copy half of it.
for (let waited = 0; !fs.existsSync(path.join(build, 'index.js')); waited += 1) {
	if (waited === 90) {
		console.error('e2e-server: build/index.js ontbreekt. Draai eerst `node scripts/build-if-needed.js`.');
		process.exit(1);
	}
	await new Promise((resolve) => setTimeout(resolve, 1000));
}

fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
fs.cpSync(build, snapshot, { recursive: true });

/** @type {NodeJS.ProcessEnv} */
const env = {
	...process.env,
	VAKSPIEGEL_DATA_DIR: dataDir,
	VAKSPIEGEL_DEMO: '0',
	LOG_LEVEL: 'warn',
	PORT: port,
	ORIGIN: `http://localhost:${port}`,
	// As `npm start` does: residents may send a spoken or filmed answer of up to 20 MB (hooks.server.ts
	// refuses anything else over 1 MB).
	BODY_SIZE_LIMIT: '25M',
	// As `npm start` does: idle keep-alive connections stay open 65 s, so a test's request context that
	// waited a few seconds does not send on a socket the server is closing (ECONNRESET).
	KEEP_ALIVE_TIMEOUT: '65',
	HEADERS_TIMEOUT: '66',
	// As behind a proxy: a test may say which address it comes from (the rate limits count per source);
	// a request without the header counts as the socket's address, 127.0.0.1.
	ADDRESS_HEADER: 'x-forwarded-for',
	// Playwright stops this server with SIGTERM (playwright.config.ts → gracefulShutdown): open live
	// streams of a finished test must not hold the database drop below for adapter-node's 30 s.
	SHUTDOWN_TIMEOUT: '2'
};
// The tests read invitation and reset links from the page: that only happens without SMTP. The
// database is chosen below, never one that happened to be exported.
for (const name of ['SMTP_URL', 'DATABASE_URL']) {
	delete env[name];
	delete process.env[name];
}

const server = process.env.TEST_DATABASE_URL;
if (server) {
	// One name per port: a run that was killed before it could drop its database is cleaned up by the
	// next run on that port, and two runs on different ports never share one.
	const name = `vakspiegel_e2e_${Number(port)}`;
	const admin = () => postgres(server, { max: 1, onnotice: () => {} });
	const drop = async () => {
		const sql = admin();
		try {
			await sql.unsafe(`drop database if exists ${name} with (force)`);
		} finally {
			await sql.end({ timeout: 5 });
		}
	};
	await drop();
	const sql = admin();
	await sql.unsafe(`create database ${name}`);
	await sql.end({ timeout: 5 });
	const url = new URL(server);
	url.pathname = `/${name}`;
	env.DATABASE_URL = url.toString();

	// After adapter-node's shutdown the app closes its pool (src/lib/server/app.ts); the drop waits
	// until nothing else keeps the process busy, or 5 s at most.
	process.once('sveltekit:shutdown', () => {
		/** @type {Promise<void> | undefined} */
		let dropping;
		const finish = () => {
			dropping ??= drop().then(
				() => process.exit(0),
				(error) => {
					console.error(`e2e-server: database ${name} niet verwijderd:`, error);
					process.exit(1);
				}
			);
		};
		process.once('beforeExit', finish);
		setTimeout(finish, 5000).unref();
	});
}

const out = execFileSync(process.execPath, [path.join(root, 'bin', 'vakspiegel.js'), 'seed-demo', '--json'], {
	cwd: root,
	env,
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit']
});
const demo = JSON.parse(out.slice(out.indexOf('{')));

// A second organisation with its own admin, for the isolation tests (another organisation may not see
// the demo organisation's data). Made here, by the real CLI, for the same reason as the seed.
const other = { email: 'beheer@ander.e2e.vakspiegel.example', organisation: 'Andere organisatie (e2e)' };
const created = execFileSync(
	process.execPath,
	[
		path.join(root, 'bin', 'vakspiegel.js'),
		'create-admin',
		'--email',
		other.email,
		'--org',
		other.organisation,
		'--name',
		'Beheer Ander'
	],
	{ cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
);
const password = /Eenmalig wachtwoord: (\S+)/.exec(created)?.[1];
if (!password) {
	console.error(`e2e-server: geen wachtwoord voor de tweede organisatie:\n${created}`);
	process.exit(1);
}
demo.otherOrganisation = { ...other, name: 'Beheer Ander', password };
demo.database = server ? 'postgres' : 'pglite';
fs.writeFileSync(path.join(dataDir, 'demo.json'), JSON.stringify(demo, null, '\t') + '\n', { mode: 0o600 });

Object.assign(process.env, env);
await import(pathToFileURL(path.join(snapshot, 'index.js')).href);
