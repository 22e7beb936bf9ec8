/**
 * The release rule of the team mirror (ADR 0015), as pure functions so that the property test
 * (team-mirror-rule.spec.ts) can try it on any history. Not a use case.
 *
 * A team figure is a sum over a set of workers (the team's workers frozen when the quarter was
 * released). Anyone who sees several figures of one quarter can add and subtract them; what they can
 * learn is at most the sum over an "atom": the workers who lie in exactly the same released sets. So
 * a new figure is released only when, with it, every atom of the quarter's released sets holds at
 * least `minCount` of the measure from at least `minWorkers` workers. Then no sum, difference or
 * other combination of released figures comes down to fewer than k answers or to one worker.
 */

/** What one worker contributed to one quarter. Never shown; only counted here. */
export interface WorkerQuarter {
	/** Released responses (batches released in the quarter). */
	responses: number;
	/** Per dimension: scores 1–5 given (not "weet ik niet"). */
	scored: Record<string, number>;
	/** Per dimension: the worker rated themselves (the self-view). */
	self: Record<string, boolean>;
}

export interface Thresholds {
	/** At least this many answers (responses, or self-ratings) in every atom. */
	minCount: number;
	/** From at least this many workers. */
	minWorkers: number;
}

/** A released figure: the workers it sums over and the measures it shows ("responses", "dim:time", "self:time"). */
export interface ReleasedFigure {
	workers: readonly string[];
	measures: readonly string[];
}

export const RESPONSES = 'responses';
export const dimMeasure = (key: string) => `dim:${key}`;
export const selfMeasure = (key: string) => `self:${key}`;

/** How much one worker adds to a measure. */
function countOf(w: WorkerQuarter | undefined, measure: string): number {
	if (!w) return 0;
	if (measure === RESPONSES) return w.responses;
	if (measure.startsWith('dim:')) return w.scored[measure.slice(4)] ?? 0;
	if (measure.startsWith('self:')) return w.self[measure.slice(5)] ? 1 : 0;
	return 0;
}

/** The atoms of a family of worker sets: workers grouped by which sets hold them. */
function atoms(sets: readonly (readonly string[])[]): string[][] {
	const bySignature = new Map<string, string[]>();
	for (const w of new Set(sets.flat())) {
		const signature = sets.map((s) => (s.includes(w) ? '1' : '0')).join('');
		bySignature.set(signature, [...(bySignature.get(signature) ?? []), w]);
	}
	return [...bySignature.values()];
}

/** A group of workers may be summed up: enough answers from enough workers. */
function groupSafe(
	workers: readonly string[],
	counts: ReadonlyMap<string, WorkerQuarter>,
	measure: string,
	t: Thresholds
): boolean {
	let total = 0;
	let contributors = 0;
	for (const w of workers) {
		const c = countOf(counts.get(w), measure);
		total += c;
		if (c > 0) contributors++;
	}
	return total >= t.minCount && contributors >= t.minWorkers;
}

/**
 * Every atom of these sets may be summed up. With `leaveOut` (the sharers): every atom must still be
 * safe with all of them taken out. Not "empty is fine": the sharers' figures may have been seen in any
 * combination over time, and a safe rest that is left whatever is taken out keeps every such
 * difference safe (a group that holds a safe group is safe itself).
 */
function familySafe(
	sets: readonly (readonly string[])[],
	counts: ReadonlyMap<string, WorkerQuarter>,
	measure: string,
	t: Thresholds,
	leaveOut?: ReadonlySet<string>
): boolean {
	return atoms(sets).every((a) => groupSafe(leaveOut ? a.filter((w) => !leaveOut.has(w)) : a, counts, measure, t));
}

export interface ReleaseInput {
	/** The team's workers now: the set the new figure would sum over (frozen with it). */
	candidate: readonly string[];
	/** Figures already released for this quarter in the whole organisation (every team). */
	released: readonly ReleasedFigure[];
	counts: ReadonlyMap<string, WorkerQuarter>;
	/** Workers who ever shared (a part of) their own mirror with a team of the organisation. */
	sharers: ReadonlySet<string>;
	dimensions: readonly string[];
	residents: Thresholds;
	self: Thresholds;
}

/**
 * The measures a new figure may show; empty when it stays hidden. The number of responses must pass
 * for anything to show. A resident measure must also pass with every sharer taken out, because the
 * sharers' own figures may have been on screen already and could be subtracted.
 */
export function decideRelease(input: ReleaseInput): string[] {
	const safe = (measure: string, t: Thresholds, withSharers: boolean) => {
		const sets = [...input.released.filter((f) => f.measures.includes(measure)).map((f) => f.workers), input.candidate];
		if (!familySafe(sets, input.counts, measure, t)) return false;
		return !withSharers || familySafe(sets, input.counts, measure, t, input.sharers);
	};
	if (!safe(RESPONSES, input.residents, true)) return [];
	const measures = [RESPONSES];
	for (const d of input.dimensions) {
		if (safe(dimMeasure(d), input.residents, true)) measures.push(dimMeasure(d));
	}
	for (const d of input.dimensions) {
		// Self-ratings are never shared one by one, so sharers stay in.
		if (safe(selfMeasure(d), input.self, false)) measures.push(selfMeasure(d));
	}
	return measures;
}

/**
 * Whether workers' shared figures of this quarter may show: only when every released team figure of
 * the quarter, with every sharer (ever) taken out, still only sums up safe groups. Otherwise a
 * colleague could subtract the shared figures from the team figure and be left with too few.
 */
export function sharesSafe(
	released: readonly ReleasedFigure[],
	counts: ReadonlyMap<string, WorkerQuarter>,
	sharers: ReadonlySet<string>,
	dimensions: readonly string[],
	t: Thresholds
): boolean {
	return [RESPONSES, ...dimensions.map(dimMeasure)].every((measure) =>
		familySafe(
			released.filter((f) => f.measures.includes(measure)).map((f) => f.workers),
			counts,
			measure,
			t,
			sharers
		)
	);
}
