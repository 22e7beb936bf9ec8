import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from './client';
import { acquireDataDirLock, DataDirLockedError } from './pglite-lock';
import { testEngine } from '../testing/test-db';

const run = promisify(execFile);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vs-lock-'));

describe.skipIf(testEngine() !== 'pglite')('the embedded database directory lock', () => {
	it('refuses a second opening of the same directory, and allows it after close', async () => {
		const dir = tmp();
		const first = await openDatabase({ dataDir: dir });
		await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
		await first.close();
		const second = await openDatabase({ dataDir: dir });
		await second.close();
		fs.rmSync(dir, { recursive: true, force: true });
		// Two fresh data directories with migrations: slow on a busy machine.
	}, 90_000);

	it('stops a second process with a clear Dutch message and leaves the data intact', async () => {
		const dir = tmp();
		const held = await openDatabase({ dataDir: dir });
		const bin = path.resolve('bin/vakspiegel.js');
		const result = await run(process.execPath, [bin, 'migrate'], {
			env: { ...process.env, VAKSPIEGEL_DATA_DIR: dir, DATABASE_URL: '' }
		}).catch((e: { code: number; stderr: string }) => e);
		expect((result as { code: number }).code).toBe(1);
		expect((result as { stderr: string }).stderr).toMatch(/al in gebruik door een ander proces \(pid \d+\)/);
		await held.ping();
		await held.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}, 60_000);

	it('takes over a lock left by a process that no longer runs', () => {
		const dir = tmp();
		fs.writeFileSync(path.join(dir, 'vakspiegel.lock'), '999999');
		const release = acquireDataDirLock(dir);
		expect(fs.readFileSync(path.join(dir, 'vakspiegel.lock'), 'utf8')).toBe(String(process.pid));
		release();
		expect(fs.existsSync(path.join(dir, 'vakspiegel.lock'))).toBe(false);
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
