import { MIN_GROUP_VOTERS } from '../../advice/model';
import type { ParticipantGroup } from '../db/schema';

interface ThemeTotal {
	themeId: string;
	name: string;
	dots: number;
}

export { MIN_GROUP_VOTERS };

interface GroupResult {
	key: string;
	label: string;
	participants: number;
	/** Members who placed at least one dot. */
	voters: number;
	/** Fewer than MIN_GROUP_VOTERS voted: dots, shares and top are left empty and it is in no agreement. */
	hidden: boolean;
	dots: number;
	/** Share of this group's dots per theme id (0..1). */
	shares: Record<string, number>;
	/** The group's own top themes (at most three), highest first. */
	top: string[];
}

export interface Agreement {
	a: string;
	b: string;
	/** 0..1: the part of both groups' dots that lies on the same themes (histogram intersection). */
	overlap: number;
	level: 'high' | 'some' | 'low';
}

export interface AdviceResults {
	ranking: ThemeTotal[];
	groups: GroupResult[];
	agreements: Agreement[];
	totalDots: number;
}

/** ≥ 0.6: "grotendeels dezelfde thema's"; ≥ 0.3: "deels"; below: "andere thema's". */
export function agreementLevel(overlap: number): Agreement['level'] {
	if (overlap >= 0.6) return 'high';
	if (overlap >= 0.3) return 'some';
	return 'low';
}

/**
 * "Staan de neuzen dezelfde kant uit?": ranks themes by dots, and compares every two groups that
 * voted by how much of their dots fell on the same themes: the sum over themes of the smaller of the
 * two groups' shares. 1 means the same choice in the same proportions; 0 means no theme in common.
 */
export function computeResults(
	themes: { id: string; name: string; position: number }[],
	votes: { themeId: string; groupKey: string; participantId: string; dots: number }[],
	groups: ParticipantGroup[],
	participantsPerGroup: Record<string, number>
): AdviceResults {
	const byTheme = new Map(themes.map((t) => [t.id, 0]));
	const perGroup = new Map<string, Map<string, number>>();
	const voters = new Map<string, Set<string>>();
	for (const v of votes) {
		if (!byTheme.has(v.themeId)) continue;
		byTheme.set(v.themeId, byTheme.get(v.themeId)! + v.dots);
		if (v.dots > 0) {
			let who = voters.get(v.groupKey);
			if (!who) voters.set(v.groupKey, (who = new Set()));
			who.add(v.participantId);
		}
		let g = perGroup.get(v.groupKey);
		if (!g) perGroup.set(v.groupKey, (g = new Map()));
		g.set(v.themeId, (g.get(v.themeId) ?? 0) + v.dots);
	}
	const ranking = themes
		.map((t) => ({ themeId: t.id, name: t.name, dots: byTheme.get(t.id) ?? 0, position: t.position }))
		.sort((a, b) => b.dots - a.dots || a.position - b.position || a.name.localeCompare(b.name, 'nl'))
		.map(({ themeId, name, dots }) => ({ themeId, name, dots }));
	const order = new Map(ranking.map((r, i) => [r.themeId, i]));
	const known = new Map(groups.map((g) => [g.key, g.label]));
	const keys = [...new Set([...groups.map((g) => g.key), ...perGroup.keys()])];
	const groupResults: GroupResult[] = keys.map((key) => {
		const voted = voters.get(key)?.size ?? 0;
		const hidden = voted > 0 && voted < MIN_GROUP_VOTERS;
		const common = { key, label: known.get(key) ?? key, participants: participantsPerGroup[key] ?? 0, voters: voted };
		if (hidden) return { ...common, hidden, dots: 0, shares: {}, top: [] };
		const dotsByTheme = perGroup.get(key) ?? new Map<string, number>();
		const dots = [...dotsByTheme.values()].reduce((a, b) => a + b, 0);
		const shares = Object.fromEntries([...dotsByTheme].map(([id, n]) => [id, dots ? n / dots : 0]));
		const top = [...dotsByTheme]
			.filter(([, n]) => n > 0)
			.sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
			.slice(0, 3)
			.map(([id]) => id);
		return { ...common, hidden, dots, shares, top };
	});
	const voted = groupResults.filter((g) => g.dots > 0);
	const agreements: Agreement[] = [];
	for (let i = 0; i < voted.length; i += 1) {
		for (let j = i + 1; j < voted.length; j += 1) {
			const a = voted[i];
			const b = voted[j];
			let overlap = 0;
			for (const [id, share] of Object.entries(a.shares)) overlap += Math.min(share, b.shares[id] ?? 0);
			overlap = Math.round(overlap * 100) / 100;
			agreements.push({ a: a.key, b: b.key, overlap, level: agreementLevel(overlap) });
		}
	}
	agreements.sort((x, y) => y.overlap - x.overlap);
	return { ranking, groups: groupResults, agreements, totalDots: ranking.reduce((s, r) => s + r.dots, 0) };
}
