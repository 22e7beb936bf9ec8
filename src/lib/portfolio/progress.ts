import type { ActivityKind, RegisterCategory, RegisterRules } from './model';

// The register rule engine (issue 19): pure, so the same numbers show on the page, in the exports and
// in the tests. Everything is counted in minutes (1 net hour = 1 point = 60 minutes), so "1,5 uur"
// never turns into a rounding error in a total.

/** Kinds that are a reflection meeting: a register's minimum meeting length applies to them (SKJ: 60). */
const REFLECTION_MEETING_KINDS: readonly ActivityKind[] = ['intervisie', 'supervisie', 'casuistiek'];

/** What the engine needs of a log line. */
export interface ProgressLine {
	id: string;
	title: string;
	kind: ActivityKind;
	/** YYYY-MM-DD. */
	occurredOn: string;
	netMinutes: number;
	category: string;
	accreditationId: string;
}

export interface CategoryProgress {
	key: string;
	label: string;
	minMinutes: number;
	maxMinutes: number | null;
	/** Lines that count here, before the cap. */
	loggedMinutes: number;
	/** Above the cap: does not count. */
	cappedMinutes: number;
	/** Above the minimum, moved to another category (surplusTo). */
	surplusOutMinutes: number;
	surplusTo: string | null;
	/** Moved in from other categories: their surplus. */
	surplusInMinutes: number;
	/** Another category's hours above its minimum that make up for a shortfall here (mayOffset). */
	offsetInMinutes: number;
	/** What counts here in the end. */
	doneMinutes: number;
	leftMinutes: number;
	lineCount: number;
}

/** A rule not met, or a line that does not count: each names what to do about it. */
export type ProgressWarning =
	| {
			kind: 'meeting_too_short';
			lineId: string;
			title: string;
			occurredOn: string;
			netMinutes: number;
			minMinutes: number;
	  }
	| { kind: 'no_accreditation'; lineId: string; title: string; occurredOn: string; category: string }
	| { kind: 'category_short'; category: string; leftMinutes: number }
	| { kind: 'total_short'; leftMinutes: number };

/** Worth knowing, but no rule is broken. */
export type ProgressNote =
	| { kind: 'over_cap'; category: string; cappedMinutes: number }
	| { kind: 'surplus'; category: string; to: string; minutes: number }
	| { kind: 'offset'; from: string; to: string; minutes: number }
	| { kind: 'outside_period'; lines: number };

export interface Progress {
	registerKey: string;
	/** First day of the period and the first day after it (YYYY-MM-DD). */
	periodStart: string;
	periodEnd: string;
	/** Days from today to the end of the period (0 once it is over). */
	daysLeft: number;
	categories: CategoryProgress[];
	totalMinMinutes: number | null;
	totalDoneMinutes: number;
	totalLeftMinutes: number;
	warnings: ProgressWarning[];
	notes: ProgressNote[];
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;

/** The first day after a period of `years` starting on `start` (29 February moves to 1 March). */
export function periodEnd(start: string, years: number): string {
	const d = new Date(`${start}T12:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() + years);
	return d.toISOString().slice(0, 10);
}

/**
 * The category a new line of this kind counts in: the first category that takes the kind, skipping a
 * category that needs an accreditation number when the line has none.
 */
export function defaultCategory(rules: RegisterRules, kind: ActivityKind, accreditationId = ''): string {
	const takes = rules.categories.filter((c) => c.kinds.includes(kind));
	const fits = takes.find((c) => !c.requiresAccreditation || accreditationId.trim() !== '');
	return (fits ?? takes[0] ?? rules.categories[rules.categories.length - 1]).key;
}

/** Categories in an order where every category comes after those whose surplus it receives. */
function surplusOrder(categories: RegisterCategory[]): RegisterCategory[] {
	const out: RegisterCategory[] = [];
	const visiting = new Set<string>();
	const visit = (c: RegisterCategory) => {
		if (out.includes(c) || visiting.has(c.key)) return;
		visiting.add(c.key);
		for (const from of categories) if (from.surplusTo === c.key) visit(from);
		out.push(c);
	};
	for (const c of categories) visit(c);
	return out;
}

/**
 * Progress of one worker in one register period: per category what counts, what is left, and every
 * rule not met. Lines outside the period are ignored; a reflection meeting shorter than the register's
 * minimum and a training without accreditation number in a category that needs one do not count, and
 * each gives a warning naming the line. A line whose category is not in this register (the worker
 * changed register) counts in the category its kind has here. `end` (the first day after the period)
 * is the register's period length from `periodStart` unless an export asks for another period.
 */
export function computeProgress(
	rules: RegisterRules,
	periodStart: string,
	lines: readonly ProgressLine[],
	today: string,
	end = periodEnd(periodStart, rules.periodYears)
): Progress {
	const byKey = new Map(rules.categories.map((c) => [c.key, c]));
	const warnings: ProgressWarning[] = [];
	const notes: ProgressNote[] = [];
	const logged = new Map<string, { minutes: number; lines: number }>(
		rules.categories.map((c) => [c.key, { minutes: 0, lines: 0 }])
	);

	let outside = 0;
	const inPeriod = [...lines]
		.filter((l) => {
			const inside = l.occurredOn >= periodStart && l.occurredOn < end;
			if (!inside) outside++;
			return inside;
		})
		.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
	for (const line of inPeriod) {
		const category = byKey.get(line.category) ?? byKey.get(defaultCategory(rules, line.kind, line.accreditationId))!;
		const min = rules.minReflectionMeetingMinutes;
		if (min !== null && REFLECTION_MEETING_KINDS.includes(line.kind) && line.netMinutes < min) {
			warnings.push({
				kind: 'meeting_too_short',
				lineId: line.id,
				title: line.title,
				occurredOn: line.occurredOn,
				netMinutes: line.netMinutes,
				minMinutes: min
			});
			continue;
		}
		if (category.requiresAccreditation && line.accreditationId.trim() === '') {
			warnings.push({
				kind: 'no_accreditation',
				lineId: line.id,
				title: line.title,
				occurredOn: line.occurredOn,
				category: category.key
			});
			continue;
		}
		const sum = logged.get(category.key)!;
		sum.minutes += line.netMinutes;
		sum.lines++;
	}
	if (outside > 0) notes.push({ kind: 'outside_period', lines: outside });

	const result = new Map<string, CategoryProgress>();
	const incoming = new Map<string, number>();
	for (const c of surplusOrder(rules.categories)) {
		const own = logged.get(c.key)!;
		const minMinutes = c.minHours * 60;
		const maxMinutes = c.maxHours === null ? null : c.maxHours * 60;
		const received = incoming.get(c.key) ?? 0;
		const before = own.minutes + received;
		const counted = maxMinutes === null ? before : Math.min(before, maxMinutes);
		const cappedMinutes = before - counted;
		if (cappedMinutes > 0) notes.push({ kind: 'over_cap', category: c.key, cappedMinutes });
		let surplusOutMinutes = 0;
		if (c.surplusTo && counted > minMinutes) {
			surplusOutMinutes = counted - minMinutes;
			incoming.set(c.surplusTo, (incoming.get(c.surplusTo) ?? 0) + surplusOutMinutes);
			notes.push({ kind: 'surplus', category: c.key, to: c.surplusTo, minutes: surplusOutMinutes });
		}
		result.set(c.key, {
			key: c.key,
			label: c.label,
			minMinutes,
			maxMinutes,
			loggedMinutes: own.minutes,
			cappedMinutes,
			surplusOutMinutes,
			surplusTo: c.surplusTo ?? null,
			surplusInMinutes: received,
			offsetInMinutes: 0,
			doneMinutes: counted - surplusOutMinutes,
			leftMinutes: 0,
			lineCount: own.lines
		});
	}

	if (rules.mayOffset) {
		// Hours above one category's minimum make up for another's shortfall, in the register's order.
		const ordered = rules.categories.map((c) => result.get(c.key)!);
		for (const short of ordered) {
			for (const spare of ordered) {
				const need = short.minMinutes - short.doneMinutes;
				if (need <= 0) break;
				const extra = spare.doneMinutes - spare.minMinutes;
				if (spare === short || extra <= 0) continue;
				const moved = Math.min(need, extra);
				spare.doneMinutes -= moved;
				short.doneMinutes += moved;
				short.offsetInMinutes += moved;
				notes.push({ kind: 'offset', from: spare.key, to: short.key, minutes: moved });
			}
		}
	}

	const categories = rules.categories.map((c) => {
		const p = result.get(c.key)!;
		p.leftMinutes = Math.max(0, p.minMinutes - p.doneMinutes);
		if (p.leftMinutes > 0) warnings.push({ kind: 'category_short', category: p.key, leftMinutes: p.leftMinutes });
		return p;
	});
	const totalDoneMinutes = categories.reduce((s, c) => s + c.doneMinutes, 0);
	const totalMinMinutes = rules.totalMinHours === null ? null : rules.totalMinHours * 60;
	const totalLeftMinutes = totalMinMinutes === null ? 0 : Math.max(0, totalMinMinutes - totalDoneMinutes);
	// The total is a rule of its own only for what the categories' shortfalls do not already say.
	const shortInCategories = categories.reduce((s, c) => s + c.leftMinutes, 0);
	if (totalLeftMinutes > shortInCategories)
		warnings.push({ kind: 'total_short', leftMinutes: totalLeftMinutes - shortInCategories });

	return {
		registerKey: rules.key,
		periodStart,
		periodEnd: end,
		daysLeft: Math.max(0, dayNumber(end) - dayNumber(today)),
		categories,
		totalMinMinutes,
		totalDoneMinutes,
		totalLeftMinutes,
		warnings,
		notes
	};
}

/**
 * Minutes as hours, the one way the pages and the exports write them: "1,5", "12", "0,25" (at most two
 * decimals). No thousands dot: the same text goes into spreadsheet cells, where "1.234" would read as
 * one point two.
 */
export function formatHours(minutes: number, locale = 'nl'): string {
	return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		maximumFractionDigits: 2,
		useGrouping: false
	}).format(minutes / 60);
}

/**
 * Net hours as typed: "1,5", "1.5", "2" or "1:30" (hours and minutes). Null when it is not a number of
 * hours between 0 and 100.
 */
export function parseHours(text: string): number | null {
	const t = text.trim();
	const clock = /^(\d{1,3}):([0-5]\d)$/u.exec(t);
	if (clock) {
		const minutes = Number(clock[1]) * 60 + Number(clock[2]);
		return minutes <= 6000 ? minutes : null;
	}
	if (!/^\d{1,3}([.,]\d{1,2})?$/u.test(t)) return null;
	const minutes = Math.round(Number(t.replace(',', '.')) * 60);
	return minutes <= 6000 ? minutes : null;
}

/** The last day of a period that ends before `end` (YYYY-MM-DD): what "tot en met" shows. */
export function lastDayBefore(end: string): string {
	return new Date(dayNumber(end) * DAY_MS - DAY_MS).toISOString().slice(0, 10);
}
