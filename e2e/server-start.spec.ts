import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('a second server on a locked data directory stops with the Dutch message alone', async ({
	browserName: _browser
}, testInfo) => {
	test.skip(testInfo.project.name !== 'js-on', 'no browser involved: once is enough');
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vakspiegel-lock-'));
	try {
		// A lock held by a process that runs: this test's own.
		fs.writeFileSync(path.join(dataDir, 'vakspiegel.lock'), String(process.pid));
		const run = spawnSync(process.execPath, [path.resolve('build', 'index.js')], {
			env: { ...process.env, VAKSPIEGEL_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', ORIGIN: 'http://localhost' },
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('is al in gebruik door een ander proces');
		expect(run.stderr).not.toMatch(/^\s+at /mu);
		expect(run.stdout).not.toMatch(/^\s+at /mu);
	} finally {
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
});
