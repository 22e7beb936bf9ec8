// The register's dossier (issue 19, "Export"): the activities of a period in the order a register
// asks them (its categories in its own order, then by date). What counts is not decided here: the
// totals and the lines that do not count come from the rule engine (progress.ts, computeProgress), so
// the PDF and the spreadsheet say exactly what /ontwikkeling/voortgang says.

import type { RegisterRules } from './model';
import { computeProgress, defaultCategory, type CategoryProgress, type Progress, type ProgressLine } from './progress';

/** Why a line does not count in its category, if it does not. */
type NotCounted = 'no_accreditation' | 'too_short' | null;

interface DossierLine<A extends ProgressLine> {
	activity: A;
	notCounted: NotCounted;
}

interface DossierSection<A extends ProgressLine> {
	category: CategoryProgress;
	lines: DossierLine<A>[];
	/** Net minutes of every line in the section, counted or not. */
	loggedMinutes: number;
}

export interface Dossier<A extends ProgressLine> {
	sections: DossierSection<A>[];
	progress: Progress;
}

/**
 * The period from `from` up to and including `to` in the register's dossier order, totalled by the
 * rule engine. A line whose category this register does not know sits in the category its kind has
 * here, as the engine counts it.
 */
export function buildDossier<A extends ProgressLine>(
	rules: RegisterRules,
	period: { from: string; to: string },
	activities: readonly A[],
	today: string
): Dossier<A> {
	const progress = computeProgress(rules, period.from, activities, today, dayAfter(period.to));
	const notCounted = new Map<string, NotCounted>();
	for (const w of progress.warnings)
		if (w.kind === 'meeting_too_short') notCounted.set(w.lineId, 'too_short');
		else if (w.kind === 'no_accreditation') notCounted.set(w.lineId, 'no_accreditation');
	const known = new Set(rules.categories.map((c) => c.key));
	const sorted = activities
		.filter((a) => a.occurredOn >= progress.periodStart && a.occurredOn < progress.periodEnd)
		.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
	const sections = progress.categories.map((category) => {
		const lines = sorted
			.filter(
				(a) => (known.has(a.category) ? a.category : defaultCategory(rules, a.kind, a.accreditationId)) === category.key
			)
			.map((activity) => ({ activity, notCounted: notCounted.get(activity.id) ?? null }));
		return { category, lines, loggedMinutes: lines.reduce((s, l) => s + l.activity.netMinutes, 0) };
	});
	return { sections, progress };
}

/** The day after `day` (YYYY-MM-DD): the engine's periods end on the first day after them. */
function dayAfter(day: string): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/**
 * The first day of the period of `years` years that ends on `end`, inclusive: the export's period for
 * a worker without a register profile (progress shows nothing until they chose one).
 */
export function periodStartEndingOn(end: string, years: number): string {
	const d = new Date(`${end}T12:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() - years);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** What the period still needs in all: the categories' shortfalls, or the total's when that is more. */
export function totalShortMinutes(progress: Progress): number {
	return Math.max(
		progress.totalLeftMinutes,
		progress.categories.reduce((s, c) => s + c.leftMinutes, 0)
	);
}
