import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { fillSignIn } from './fixtures/auth';

/**
 * Two app instances on one PostgreSQL (issue #4): a participant sends a tip through instance B and
 * the wall, open on instance A, shows it without a reload — the event crossed over LISTEN/NOTIFY.
 * Needs TEST_DATABASE_URL (set by .ci/run); the live part needs JavaScript, so js-on only.
 */
const base = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '..');
const ports = [Number(process.env.E2E_PORT || 4173) + 20, Number(process.env.E2E_PORT || 4173) + 21];

const runs = (info: { project: { use: { javaScriptEnabled?: boolean } } }) =>
	!!base && info.project.use.javaScriptEnabled !== false;

let admin: ReturnType<typeof postgres>;
let dbName: string;
let demo: { users: { email: string; password: string; roles: string[] }[]; advice: { code: string } };
const servers: ChildProcess[] = [];

async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 120; i += 1) {
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`${url} kwam niet op`);
}

// eslint-disable-next-line no-empty-pattern -- Playwright wants a destructured fixtures object
test.beforeAll(async ({}, testInfo) => {
	if (!runs(testInfo)) return;
	test.setTimeout(120_000);
	dbName = `vs_e2e_instances_${randomBytes(4).toString('hex')}`;
	admin = postgres(base!, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${dbName}`);
	const url = new URL(base!);
	url.pathname = `/${dbName}`;
	// A copy of the build, as scripts/e2e-server.js does: a rebuild meanwhile cannot pull it away.
	const build = path.join(root, 'e2e', '.data-instances', 'build');
	fs.rmSync(path.dirname(build), { recursive: true, force: true });
	fs.cpSync(path.join(root, 'build'), build, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...process.env,
		DATABASE_URL: url.toString(),
		LOG_LEVEL: 'warn',
		VAKSPIEGEL_DEMO: '0'
	};
	delete env.SMTP_URL;
	const out = execFileSync(process.execPath, [path.join(root, 'bin', 'vakspiegel.js'), 'seed-demo', '--json'], {
		cwd: root,
		env,
		encoding: 'utf8'
	});
	demo = JSON.parse(out.slice(out.indexOf('{')));
	for (const port of ports) {
		const child = spawn(process.execPath, [path.join(build, 'index.js')], {
			cwd: root,
			env: { ...env, PORT: String(port), ORIGIN: `http://localhost:${port}` },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		servers.push(child);
	}
	await Promise.all(ports.map((port) => waitFor(`http://localhost:${port}/healthz`)));
});

test.afterAll(async () => {
	for (const child of servers) child.kill('SIGTERM');
	await Promise.all(servers.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
	await admin?.unsafe(`drop database if exists ${dbName} with (force)`);
	await admin?.end({ timeout: 5 });
});

test('a tip sent through one instance appears live on the wall of the other', async ({ browser }, testInfo) => {
	test.skip(!base, 'TEST_DATABASE_URL is niet gezet');
	test.skip(!runs(testInfo), 'live updates need JavaScript');
	const [a, b] = ports.map((port) => `http://localhost:${port}`);
	const facilitator = demo.users.find((u) => u.roles.includes('facilitator'))!;
	const wallContext = await browser.newContext({ baseURL: a, locale: 'nl-NL' });
	const wall = await wallContext.newPage();
	await wall.goto('/inloggen');
	await fillSignIn(wall, facilitator.email, facilitator.password);
	await wall.goto('/adviesvangen');
	await wall.getByRole('link', { name: 'Hoe kunnen wij beter bereikbaar zijn voor inwoners?' }).click();
	await wall.getByRole('link', { name: 'Muur', exact: true }).click();
	await expect(wall.getByRole('heading', { level: 1 })).toHaveText(
		'Hoe kunnen wij beter bereikbaar zijn voor inwoners?'
	);
	// The wall's event stream is open on instance A (it got its first state) before the tip is sent.
	await expect(wall.locator('html[data-live="open"]')).toHaveCount(1, { timeout: 15_000 });

	const phoneContext = await browser.newContext({ baseURL: b, locale: 'nl-NL' });
	const phone = await phoneContext.newPage();
	await phone.goto(`/doe-mee/${demo.advice.code}`);
	await phone.getByLabel('inwoner', { exact: true }).check();
	await phone.getByRole('button', { name: 'Doe mee' }).click();
	const text = `Via de andere server ${randomBytes(3).toString('hex')}`;
	await phone.getByLabel('Jouw tip').fill(text);
	await phone.getByRole('button', { name: 'Stuur je tip' }).click();
	await expect(phone.getByRole('status')).toContainText('Je tip is verstuurd');

	await expect(wall.getByText(text)).toBeVisible({ timeout: 15_000 });
	await wallContext.close();
	await phoneContext.close();
});
