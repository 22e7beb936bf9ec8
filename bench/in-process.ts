// Shared by the in-process benchmarks (bench/*.ts): timing, the median, the two engines, and the shape of
// a resident's answer. The HTTP benchmarks share bench/lib.js.
import { createTestDatabase, type TestDatabase } from '../src/lib/server/testing/test-db';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `fn` and returns how long it took in milliseconds, with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
	const start = performance.now();
	const result = await fn();
	return { ms: performance.now() - start, result };
}

/** Runs `bench` on a fresh PGlite database, then on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. */
export async function onBothEngines(
	bench: (engine: 'pglite' | 'postgres', database: TestDatabase['database']) => Promise<void>
): Promise<void> {
	const engines: ('pglite' | 'postgres')[] = ['pglite'];
	if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) {
		process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
		engines.push('postgres');
	}
	for (const engine of engines) {
		const t = await createTestDatabase(engine);
		try {
			await bench(engine, t.database);
		} finally {
			await t.cleanup();
		}
	}
	if (engines.length === 1) console.log('postgres  skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
}

/** The scores of the i-th bench answer: varied, with "eigen ideeën" sometimes skipped. */
export const benchScores = (i: number) => ({
	time: 1 + (i % 5),
	appointments: 1 + ((2 * i) % 5),
	respect: 5,
	understanding: 4,
	ownIdeas: i % 7 === 0 ? null : 3,
	helped: 4
});
