import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodMinutes, methodSchema } from './method';
import { BUILT_IN_METHODS, findBuiltInMethod } from './methods';

describe('built-in methods', () => {
	it('are every JSON file in src/lib/team/methods/', () => {
		const files = readdirSync(new URL('./methods/', import.meta.url)).filter((f) => f.endsWith('.json'));
		expect(BUILT_IN_METHODS.map((m) => `${m.slug}.json`).sort()).toEqual(files.sort());
	});

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

	it('include the roddelmethode: the inbrenger stays in the room and listens while the group talks', () => {
		const method = findBuiltInMethod('roddelmethode');
		expect(method?.needs).toBe('casus');
		const gossip = method?.phases.find((p) => p.key === 'roddelen');
		expect(gossip).toMatchObject({ active: 'group', inbrengerInRoom: true });
		expect(gossip?.prompt).toMatch(/rug naar de groep/u);
		// The inbrenger answers only after the gossip, never before it.
		expect(method?.phases.findIndex((p) => p.key === 'reactie')).toBeGreaterThan(method!.phases.indexOf(gossip!));
		expect(method?.phases.find((p) => p.key === 'reactie')?.active).toBe('inbrenger');
	});

	it('include Balint: the group explores the relationship while the inbrenger only listens', () => {
		const method = findBuiltInMethod('balint');
		expect(method?.name).toBe('Balint-methode');
		const explore = method?.phases.find((p) => p.key === 'verkennen');
		expect(explore).toMatchObject({ active: 'group', inbrengerInRoom: true });
		expect(method?.phases[0].active).toBe('inbrenger');
	});

	it('include moreel beraad: a dilemma, from facts and stakeholders to values, weighing and a choice', () => {
		const method = findBuiltInMethod('moreel-beraad');
		expect(method?.needs).toBe('dilemma');
		expect(method?.phases.map((p) => p.key)).toEqual([
			'dilemma',
			'feiten',
			'betrokkenen',
			'waarden',
			'afwegen',
			'besluit'
		]);
		expect(method?.phases.at(-1)?.produces).toBe('choice');
	});

	it('include the troika: three people, short, the two consultants advise', () => {
		const method = findBuiltInMethod('troika');
		expect(method?.whenToUse).toMatch(/drie mensen/u);
		expect(methodMinutes(method!)).toBeLessThanOrEqual(30);
		expect(method?.phases.some((p) => p.active === 'group' && p.produces === 'advice')).toBe(true);
		// No voorzitter: one of the three keeps the time.
		expect(method?.phases.some((p) => p.active === 'voorzitter')).toBe(false);
	});

	it('roddel, Balint, moreel beraad and troika let the inbrenger speak first and end with a choice', () => {
		for (const slug of ['roddelmethode', 'balint', 'moreel-beraad', 'troika']) {
			const method = findBuiltInMethod(slug)!;
			expect(method.phases[0].active, slug).toBe('inbrenger');
			expect(
				method.phases.some((p) => p.produces === 'choice'),
				slug
			).toBe(true);
		}
	});

	it('refuse a method whose phases share a key', () => {
		const method = findBuiltInMethod('leersessie')!;
		const twice = { ...method, phases: [method.phases[0], method.phases[0]] };
		expect(methodSchema.safeParse(twice).success).toBe(false);
	});
});
