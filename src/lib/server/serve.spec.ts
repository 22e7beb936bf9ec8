import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../../../scripts/serve.js';

// scripts/serve.js puts the fast lane in front of adapter-node's handler. adapter-node's server is
// faked here by what serve.js relies on: `server.server` (the http.Server) listening with `server.attach`.

const KEY = Symbol.for('vakspiegel.fastLane');
const globals = globalThis as Record<symbol, unknown>;

const dirs: string[] = [];
function fakeBuild(listensWithAttach = true) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vs-serve-'));
	dirs.push(dir);
	fs.writeFileSync(
		path.join(dir, 'index.js'),
		`import { EventEmitter } from 'node:events';
		const http = new EventEmitter();
		const attach = (req, res) => { res.by = 'sveltekit'; };
		http.on('request', ${listensWithAttach ? 'attach' : '(req, res) => attach(req, res)'});
		export const server = { server: http, attach };`
	);
	return dir;
}

const request = (server: { server: EventEmitter }) => {
	const res: { by?: string } = {};
	server.server.emit('request', {}, res);
	return res.by;
};

afterEach(() => {
	for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
	delete globals[KEY];
	vi.unstubAllEnvs();
});

describe('serve', () => {
	it('hands every request to the lane, with adapter-node’s handler as its fallback', async () => {
		globals[KEY] = (req: unknown, res: { by?: string }, fallback: (req: unknown, res: unknown) => void) => {
			res.by = 'lane';
			if (req && (req as { toPage?: boolean }).toPage) fallback(req, res);
		};
		const server = await serve(fakeBuild());
		expect(server.server.listenerCount('request')).toBe(1);
		expect(request(server)).toBe('lane');
		const res: { by?: string } = {};
		server.server.emit('request', { toPage: true }, res);
		expect(res.by).toBe('sveltekit');
	});

	it('leaves adapter-node alone when switched off, or warns when it cannot install the lane', async () => {
		globals[KEY] = (_req: unknown, res: { by?: string }) => (res.by = 'lane');
		vi.stubEnv('VAKSPIEGEL_FAST_LANE', '0');
		expect(request(await serve(fakeBuild()))).toBe('sveltekit');

		vi.stubEnv('VAKSPIEGEL_FAST_LANE', '');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(request(await serve(fakeBuild(false)))).toBe('sveltekit');
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('fast lane not installed'));
		warn.mockRestore();
	});

	it('fails to start when the lane is required but cannot be installed', async () => {
		vi.stubEnv('VAKSPIEGEL_FAST_LANE', '1');
		globals[KEY] = () => {};
		await expect(serve(fakeBuild(false))).rejects.toThrow(/fast lane could not be installed/);
		delete globals[KEY];
		await expect(serve(fakeBuild())).rejects.toThrow(/fast lane could not be installed/);
	});
});
