import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readTips, suggestThemesCommand } from './suggest-themes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vakspiegel-suggest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = path.join(dir, 'briefjes.txt');
fs.writeFileSync(
	file,
	'\uFEFFneem de tijd voor me\r\nniet zo gehaast\r\n\r\nafspraak is afspraak\r\nbel terug als je dat belooft\r\nwaar zijn de toiletten\r\n'
);

function run(args: [string | undefined, boolean]) {
	let out = '';
	let err = '';
	const code = suggestThemesCommand(...args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

describe('vakspiegel suggest-themes', () => {
	it('reads one tip per line, skipping empty lines and a byte order mark', () => {
		expect(readTips('\uFEFFa\r\n\r\n  b  \n')).toEqual([
			{ id: '1', text: 'a' },
			{ id: '3', text: 'b' }
		]);
	});

	it('prints a readable Dutch list of themes and the tips that fit nowhere', () => {
		const { code, out } = run([file, false]);
		expect(code).toBe(0);
		expect(out).toContain("Thema 'Tijd en aandacht' (2 tips):\n");
		expect(out).toContain('  - neem de tijd voor me\n  - niet zo gehaast\n');
		expect(out).toContain("Thema 'Afspraken nakomen' (2 tips):\n");
		expect(out).toContain('Past bij geen thema (1 tip):\n  - waar zijn de toiletten\n');
	});

	it('prints JSON with --json', () => {
		const { code, out } = run([file, true]);
		expect(code).toBe(0);
		const parsed = JSON.parse(out);
		expect(parsed.themes.map((t: { name: string }) => t.name)).toEqual(['Tijd en aandacht', 'Afspraken nakomen']);
		expect(parsed.themes[1].tips).toEqual(['afspraak is afspraak', 'bel terug als je dat belooft']);
		expect(parsed.themes[1].keywords).toContain('afspraak');
		expect(parsed.unassigned).toEqual(['waar zijn de toiletten']);
	});

	it('explains its use when the file is missing or unreadable', () => {
		expect(run([undefined, false])).toMatchObject({ code: 2, err: expect.stringContaining('Gebruik:') });
		expect(run([path.join(dir, 'bestaat-niet.txt'), false])).toMatchObject({
			code: 2,
			err: expect.stringContaining('niet lezen')
		});
	});

	it('runs through the real command from standard input without opening a database', async () => {
		const dataDir = path.join(dir, 'data');
		const child = promisify(execFile)(process.execPath, ['bin/vakspiegel.js', 'suggest-themes', '-', '--json'], {
			env: { ...process.env, VAKSPIEGEL_DATA_DIR: dataDir, DATABASE_URL: '' }
		});
		child.child.stdin!.end(fs.readFileSync(file));
		const { stdout } = await child;
		expect(JSON.parse(stdout).themes[0].name).toBe('Tijd en aandacht');
		expect(fs.existsSync(dataDir)).toBe(false);
	}, 30_000);
});
