// The register's dossier (issue 19, "Export"): the activities of a period in the order a register
// asks them (its categories in its own order, then by date), with per category what was done, what
// counts and what is still needed. Pure, so the PDF, the spreadsheet and their tests share it.

import type { RegisterRules } from './model';

export interface DossierActivity {
	id: string;
	category: string;
	kind: string;
	occurredOn: string;
	netMinutes: number;
	accreditationId: string;
}

/** Why a line does not count in its category, if it does not. */
type NotCounted = 'no_accreditation' | 'too_short' | null;

interface DossierLine<A extends DossierActivity> {
	activity: A;
	notCounted: NotCounted;
}

interface DossierSection<A extends DossierActivity> {
	/** The register's category key, or null for lines whose category this register does not know. */
	key: string | null;
	label: string;
	lines: DossierLine<A>[];
	/** Net minutes of every line, and of the lines that count. */
	doneMinutes: number;
	countedMinutes: number;
	/** Counted hours, after the category's cap and with what other categories pass on (surplusTo). */
	countedHours: number;
	minHours: number;
	maxHours: number | null;
	/** Hours still needed to reach the minimum. */
	shortHours: number;
}

export interface Dossier<A extends DossierActivity> {
	sections: DossierSection<A>[];
	totalCountedHours: number;
	totalMinHours: number | null;
	totalShortHours: number;
}

const REFLECTION_KINDS = new Set(['intervisie', 'supervisie', 'casuistiek']);
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Orders the period's activities as the register's dossier does and totals them against its
 * minimums: a category's cap (maxHours) limits what counts; hours above a category's minimum pass on
 * to its surplusTo category (SKJ: scholing and reflectie fill the vrije ruimte); a line in a category
 * that requires accreditation counts only with an accreditation number; a reflection meeting shorter
 * than the register's minimum does not count.
 */
export function buildDossier<A extends DossierActivity>(rules: RegisterRules, activities: readonly A[]): Dossier<A> {
	const sorted = [...activities].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
	const known = new Set(rules.categories.map((c) => c.key));
	const sections: DossierSection<A>[] = rules.categories.map((c) => {
		const lines = sorted
			.filter((a) => a.category === c.key)
			.map((activity) => {
				let notCounted: NotCounted = null;
				if (c.requiresAccreditation && !activity.accreditationId.trim()) notCounted = 'no_accreditation';
				else if (
					rules.minReflectionMeetingMinutes !== null &&
					REFLECTION_KINDS.has(activity.kind) &&
					activity.netMinutes < rules.minReflectionMeetingMinutes
				)
					notCounted = 'too_short';
				return { activity, notCounted };
			});
		const doneMinutes = lines.reduce((s, l) => s + l.activity.netMinutes, 0);
		const countedMinutes = lines.reduce((s, l) => s + (l.notCounted ? 0 : l.activity.netMinutes), 0);
		return {
			key: c.key,
			label: c.label,
			lines,
			doneMinutes,
			countedMinutes,
			countedHours: hours(countedMinutes),
			minHours: c.minHours,
			maxHours: c.maxHours,
			shortHours: 0
		};
	});
	// What passes on: first every category's own hours (capped), then the surplus to its target.
	const byKey = new Map(sections.map((s) => [s.key, s]));
	for (const c of rules.categories) {
		const s = byKey.get(c.key)!;
		if (c.maxHours !== null) s.countedHours = Math.min(s.countedHours, c.maxHours);
	}
	for (const c of rules.categories) {
		if (!c.surplusTo) continue;
		const s = byKey.get(c.key)!;
		const surplus = Math.max(0, s.countedHours - c.minHours);
		if (surplus <= 0) continue;
		s.countedHours = c.minHours;
		const target = byKey.get(c.surplusTo)!;
		const cap = rules.categories.find((x) => x.key === c.surplusTo)?.maxHours ?? null;
		target.countedHours = cap === null ? target.countedHours + surplus : Math.min(cap, target.countedHours + surplus);
	}
	for (const s of sections) {
		s.countedHours = Math.round(s.countedHours * 100) / 100;
		s.shortHours = Math.max(0, Math.round((s.minHours - s.countedHours) * 100) / 100);
	}
	const other = sorted.filter((a) => !known.has(a.category));
	if (other.length) {
		const doneMinutes = other.reduce((s, a) => s + a.netMinutes, 0);
		sections.push({
			key: null,
			label: '',
			lines: other.map((activity) => ({ activity, notCounted: null })),
			doneMinutes,
			countedMinutes: 0,
			countedHours: 0,
			minHours: 0,
			maxHours: null,
			shortHours: 0
		});
	}
	const totalCountedHours = Math.round(sections.reduce((s, x) => s + x.countedHours, 0) * 100) / 100;
	const categoryShort = sections.reduce((s, x) => s + x.shortHours, 0);
	const totalShortHours =
		rules.totalMinHours === null
			? categoryShort
			: Math.max(categoryShort, Math.round((rules.totalMinHours - totalCountedHours) * 100) / 100);
	return {
		sections,
		totalCountedHours,
		totalMinHours: rules.totalMinHours,
		totalShortHours: Math.max(0, totalShortHours)
	};
}

/** The last day of a period that starts on `start` and lasts `years` years (YYYY-MM-DD). */
export function periodEnd(start: string, years: number): string {
	const d = new Date(`${start}T12:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() + years);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/** The first day of the period of `years` years that ends today (the fallback without a profile). */
export function periodStartEndingOn(end: string, years: number): string {
	const d = new Date(`${end}T12:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() - years);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
