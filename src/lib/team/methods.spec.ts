import { describe, expect, it } from 'vitest';
import { methodMinutes, methodSchema } from './method';
import { BUILT_IN_METHODS, findBuiltInMethod } from './methods';

describe('built-in methods', () => {
	it('are valid data, each under its own slug', () => {
		expect(BUILT_IN_METHODS.length).toBeGreaterThan(0);
		for (const method of BUILT_IN_METHODS) expect(methodSchema.safeParse(method).success).toBe(true);
		expect(new Set(BUILT_IN_METHODS.map((m) => m.slug)).size).toBe(BUILT_IN_METHODS.length);
	});

	it('include the open leersessie of seed 004: theme → what we run into → what helps → what we take along', () => {
		const method = findBuiltInMethod('leersessie');
		expect(method?.needs).toBe('theme');
		expect(method?.phases.map((p) => p.key)).toEqual(['thema', 'tegenaan', 'helpt', 'meenemen']);
		expect(methodMinutes(method!)).toBe(75);
	});

	it('refuse a method whose phases share a key', () => {
		const method = findBuiltInMethod('leersessie')!;
		const twice = { ...method, phases: [method.phases[0], method.phases[0]] };
		expect(methodSchema.safeParse(twice).success).toBe(false);
	});
});
