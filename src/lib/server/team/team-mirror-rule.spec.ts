import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decideRelease,
	dimMeasure,
	RESPONSES,
	selfMeasure,
	sharesSafe,
	type ReleasedFigure,
	type Thresholds,
	type WorkerQuarter
} from './team-mirror-rule';

const K: Thresholds = { minCount: 5, minWorkers: 3 };
const DIMS = ['time', 'respect'];
const QUARTERS = ['2026-Q2', '2026-Q3'];
const WORKERS = ['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6'];
const TEAMS = 3;

const wq = (responses: number, scored = responses, self = false): WorkerQuarter => ({
	responses,
	scored: Object.fromEntries(DIMS.map((d) => [d, scored])),
	self: Object.fromEntries(DIMS.map((d) => [d, self]))
});

/** What the team mirror would do, step by step, on the rule's functions (as release-team-mirror.ts does). */
type Step =
	| { kind: 'view'; team: number; quarter: number }
	| { kind: 'join'; team: number; worker: number }
	| { kind: 'leave'; team: number; worker: number }
	| { kind: 'share'; worker: number };

interface History {
	released: Map<string, (ReleasedFigure & { team: number })[]>;
	/** Per quarter: workers whose own (shared) figures were on someone's screen. */
	seenShared: Map<string, Set<string>>;
}

function run(counts: Map<string, Map<string, WorkerQuarter>>, teams: Set<string>[], steps: Step[]): History {
	const released = new Map(QUARTERS.map((q) => [q, [] as (ReleasedFigure & { team: number })[]]));
	const seenShared = new Map(QUARTERS.map((q) => [q, new Set<string>()]));
	const decided = new Set<string>();
	const sharers = new Set<string>();
	for (const step of steps) {
		if (step.kind === 'join') teams[step.team].add(WORKERS[step.worker]);
		else if (step.kind === 'leave') teams[step.team].delete(WORKERS[step.worker]);
		else if (step.kind === 'share') sharers.add(WORKERS[step.worker]);
		else {
			const quarter = QUARTERS[step.quarter];
			const key = `${step.team}|${quarter}`;
			if (!decided.has(key)) {
				decided.add(key);
				const measures = decideRelease({
					candidate: [...teams[step.team]],
					released: released.get(quarter)!,
					counts: counts.get(quarter)!,
					sharers,
					dimensions: DIMS,
					residents: K,
					self: K
				});
				if (measures.includes(RESPONSES))
					released.get(quarter)!.push({ team: step.team, workers: [...teams[step.team]], measures });
			}
			// The page shows every sharer's figures, in every quarter where that is safe.
			for (const q of QUARTERS) {
				if (sharesSafe(released.get(q)!, counts.get(q)!, sharers, DIMS, K))
					for (const w of sharers) seenShared.get(q)!.add(w);
			}
		}
	}
	return { released, seenShared };
}

const countOf = (c: WorkerQuarter | undefined, measure: string) =>
	!c
		? 0
		: measure === RESPONSES
			? c.responses
			: measure.startsWith('dim:')
				? c.scored[measure.slice(4)]
				: c.self[measure.slice(5)]
					? 1
					: 0;

/**
 * Checked from scratch, without the rule's own `atoms`: every region the released sets cut out (in
 * exactly these sets and in none of the others) holds at least k answers from at least 3 workers, so
 * no sum or difference of released figures comes to fewer. With the workers whose own figures were
 * seen taken out, any rest of a region (some of the shared taken out) holds the same for the residents’ measures (their figures could be subtracted).
 */
function violations(history: History, counts: Map<string, Map<string, WorkerQuarter>>): string[] {
	const found: string[] = [];
	for (const quarter of QUARTERS) {
		const figures = history.released.get(quarter)!;
		const seen = history.seenShared.get(quarter)!;
		const measures = [RESPONSES, ...DIMS.map(dimMeasure), ...DIMS.map(selfMeasure)];
		for (const measure of measures) {
			const sets = figures.filter((f) => f.measures.includes(measure)).map((f) => new Set(f.workers));
			const check = (group: string[], what: string) => {
				if (!group.length) return;
				const per = group.map((w) => countOf(counts.get(quarter)!.get(w), measure));
				const total = per.reduce((a, b) => a + b, 0);
				const workers = per.filter((n) => n > 0).length;
				if (total < K.minCount || workers < K.minWorkers)
					found.push(`${quarter} ${measure} ${what}: ${group.join(',')} → ${total} from ${workers}`);
			};
			// Every pair: what one figure has beyond the other.
			for (const a of sets)
				for (const b of sets)
					if (a !== b)
						check(
							[...a].filter((w) => !b.has(w)),
							'A−B'
						);
			// Every region of the Venn diagram.
			for (let mask = 1; mask < 1 << sets.length; mask++) {
				const region = WORKERS.filter((w) => sets.every((s, i) => s.has(w) === Boolean(mask & (1 << i))));
				check(region, 'region');
				if (!measure.startsWith('self:')) {
					// Any of the shared figures seen may be subtracted, in any combination.
					const shared = region.filter((w) => seen.has(w));
					for (let sub = 1; sub < 1 << shared.length; sub++) {
						const out = new Set(shared.filter((_, i) => sub & (1 << i)));
						check(
							region.filter((w) => !out.has(w)),
							'region minus shared'
						);
					}
				}
			}
		}
	}
	return found;
}

const workerQuarter = fc.record({
	responses: fc.integer({ min: 0, max: 6 }),
	dontKnow: fc.integer({ min: 0, max: 2 }),
	self: fc.boolean()
});
const countsArb = fc
	.array(fc.array(workerQuarter, { minLength: WORKERS.length, maxLength: WORKERS.length }), {
		minLength: QUARTERS.length,
		maxLength: QUARTERS.length
	})
	.map(
		(perQuarter) =>
			new Map(
				QUARTERS.map((q, qi) => [
					q,
					new Map(
						WORKERS.map((w, wi) => {
							const c = perQuarter[qi][wi];
							return [w, wq(c.responses, Math.max(0, c.responses - c.dontKnow), c.self)] as const;
						})
					)
				])
			)
	);
const teamsArb = fc.array(fc.subarray(WORKERS), { minLength: TEAMS, maxLength: TEAMS });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
	fc.record({
		kind: fc.constant('view' as const),
		team: fc.nat(TEAMS - 1),
		quarter: fc.nat(QUARTERS.length - 1)
	}),
	fc.record({ kind: fc.constant('join' as const), team: fc.nat(TEAMS - 1), worker: fc.nat(WORKERS.length - 1) }),
	fc.record({ kind: fc.constant('leave' as const), team: fc.nat(TEAMS - 1), worker: fc.nat(WORKERS.length - 1) }),
	fc.record({ kind: fc.constant('share' as const), worker: fc.nat(WORKERS.length - 1) })
);

describe('the team mirror release rule (ADR 0015)', () => {
	it('no sequence of views, team changes and shares lets anyone subtract down to fewer than k answers or one worker', () => {
		fc.assert(
			fc.property(countsArb, teamsArb, fc.array(stepArb, { maxLength: 30 }), (counts, teams, steps) => {
				const history = run(
					counts,
					teams.map((t) => new Set(t)),
					steps
				);
				expect(violations(history, counts)).toEqual([]);
			}),
			// About 4,000 runs found the bug this guards against (a rest made only of sharers): keep it well above.
			{ numRuns: 5000 }
		);
	});

	it('the checker finds what a careless release would leak (the test can fail)', () => {
		const counts = new Map([[QUARTERS[0], new Map(WORKERS.slice(0, 4).map((w) => [w, wq(3)]))]]);
		counts.set(QUARTERS[1], new Map());
		// Two teams that differ by one worker, both released as if each stood alone.
		const careless: History = {
			released: new Map([
				[
					QUARTERS[0],
					[
						{ team: 0, workers: ['w0', 'w1', 'w2'], measures: [RESPONSES] },
						{ team: 1, workers: ['w0', 'w1', 'w2', 'w3'], measures: [RESPONSES] }
					]
				],
				[QUARTERS[1], []]
			]),
			seenShared: new Map(QUARTERS.map((q) => [q, new Set<string>()]))
		};
		expect(violations(careless, counts).some((v) => v.includes('w3 → 3 from 1'))).toBe(true);
	});

	it('releases at 5 answers from 3 workers, not at 4 answers or 2 workers', () => {
		const decide = (team: Record<string, number>) =>
			decideRelease({
				candidate: Object.keys(team),
				released: [],
				counts: new Map(Object.entries(team).map(([w, n]) => [w, wq(n)])),
				sharers: new Set(),
				dimensions: DIMS,
				residents: K,
				self: K
			});
		expect(decide({ a: 2, b: 2, c: 1 })).toContain(RESPONSES);
		expect(decide({ a: 2, b: 1, c: 1 })).toEqual([]);
		expect(decide({ a: 3, b: 3 })).toEqual([]);
		expect(decide({ a: 3, b: 3, c: 0 })).toEqual([]);
	});

	it('a second team that differs by one worker stays hidden; the same team again does not', () => {
		const counts = new Map(['a', 'b', 'c', 'd'].map((w) => [w, wq(3)]));
		const first = { workers: ['a', 'b', 'c'], measures: [RESPONSES, dimMeasure('time')] };
		const decide = (candidate: string[]) =>
			decideRelease({
				candidate,
				released: [first],
				counts,
				sharers: new Set(),
				dimensions: ['time'],
				residents: K,
				self: K
			});
		expect(decide(['a', 'b', 'c', 'd'])).toEqual([]);
		expect(decide(['c', 'b', 'a'])).toContain(RESPONSES);
	});

	it("a colleague's shared figures are hidden where the rest of the team would be too small", () => {
		const counts = new Map(['a', 'b', 'c', 'd'].map((w) => [w, wq(3)]));
		const team = [{ workers: ['a', 'b', 'c', 'd'], measures: [RESPONSES] }];
		expect(sharesSafe(team, counts, new Set(['a']), [], K)).toBe(true);
		expect(sharesSafe(team, counts, new Set(['a', 'b']), [], K)).toBe(false);
	});

	it('a team of sharers only stays hidden: their shares, seen at different times, would give each other away', () => {
		const counts = new Map(['a', 'b', 'c'].map((w) => [w, wq(2)]));
		const decide = (sharers: string[]) =>
			decideRelease({
				candidate: ['a', 'b', 'c'],
				released: [],
				counts,
				sharers: new Set(sharers),
				dimensions: [],
				residents: K,
				self: K
			});
		expect(decide([])).toContain(RESPONSES);
		expect(decide(['a', 'b', 'c'])).toEqual([]);
	});
});
