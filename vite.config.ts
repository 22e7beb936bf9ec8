import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
// Import from vitest/config, not vite: svelte-check rejects the `test` key otherwise (STACK.md trap 8).
import { defineConfig } from 'vitest/config';

const dbProject = (name: string, engine: 'pglite' | 'postgres') => ({
	extends: true as const,
	test: {
		name,
		include: ['src/**/*.db.spec.ts', 'src/**/*.db.spec.js'],
		environment: 'node',
		env: { VAKSPIEGEL_TEST_ENGINE: engine },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// One migrated database per run and engine; each test file gets a copy (testing/db-templates.ts).
		globalSetup: ['src/lib/server/testing/db-templates.ts'],
		// One PGlite instance per file; files run in parallel workers.
		fileParallelism: true
	}
});

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	server: { port: 3000 },
	// A slow machine would get a table of plugin timings after every build: not ours to act on.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// Vitest's default is one worker less than the cores: a single worker on a 2-core machine, while
		// the database tests wait on PostgreSQL half the time. Two workers there: 78 s instead of 104 s.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// In CI every test file on its own line with its time (the default reporter folds them in a terminal).
		reporters: process.env.CI ? [['default', { summary: false }]] : ['default'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts'],
					exclude: ['src/**/*.db.spec.ts', 'node_modules/**'],
					environment: 'node'
				}
			},
			dbProject('db', 'pglite'),
			...(process.env.TEST_DATABASE_URL ? [dbProject('db-postgres', 'postgres')] : [])
		]
	}
});
