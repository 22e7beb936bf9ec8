import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) =>
	JSON.parse(fs.readFileSync(file, 'utf8')) as {
		dependencies?: Record<string, string>;
		peerDependencies?: Record<string, string>;
	};

describe('runtime dependencies listed for adapter-node (CONTRIBUTING, "Set up")', () => {
	it('are the versions better-auth itself asks for, so npm installs one copy of each', () => {
		const ours = read('package.json').dependencies ?? {};
		const betterAuth = read('node_modules/better-auth/package.json');
		const kyselyAdapter = read('node_modules/@better-auth/kysely-adapter/package.json');
		const wanted = { ...betterAuth.dependencies, ...betterAuth.peerDependencies };
		for (const name of ['@better-auth/core', '@better-auth/kysely-adapter']) {
			expect(ours[name], name).toBe(wanted[name]);
		}
		const kyselyRange = { ...kyselyAdapter.dependencies, ...kyselyAdapter.peerDependencies }.kysely ?? '';
		const installed = read('node_modules/kysely/package.json') as { version?: string };
		expect(ours.kysely).toBe(installed.version);
		expect(kyselyRange, 'the kysely adapter asks for kysely').not.toBe('');
	});
});
