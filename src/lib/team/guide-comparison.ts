import type { GuideSectionContent, Provenance } from './guide';
import { diffWords, type DiffPart } from '../text/word-diff';

type SectionChange = 'same' | 'changed' | 'added' | 'removed';

export interface SectionComparison {
	id: string;
	change: SectionChange;
	/** Kept, but in another place among the sections that both versions have. */
	moved: boolean;
	heading: DiffPart[];
	body: DiffPart[];
	provenance: DiffPart[];
}

/** How a section's provenance reads in a comparison (plain text, so it can be diffed too). */
export type ProvenanceText = (p: Provenance | null) => string;

/** The longest run of ids the two orders share: whatever is not on it has moved. */
function inOrder(before: string[], after: string[]): Set<string> {
	const n = before.length;
	const m = after.length;
	const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lengths[i][j] =
				before[i] === after[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
		}
	}
	const kept = new Set<string>();
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (before[i] === after[j]) {
			kept.add(before[i]);
			i++;
			j++;
		} else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
		else j++;
	}
	return kept;
}

/**
 * Two versions of a guide, section by section (pure). Sections are matched by their stable id: a
 * section of `after` is added, changed or the same (and maybe moved); a section only in `before` is
 * removed and shown where it stood, after the section that came before it.
 */
export function compareGuideSections(
	before: GuideSectionContent[],
	after: GuideSectionContent[],
	provenanceText: ProvenanceText
): SectionComparison[] {
	const old = new Map(before.map((s) => [s.id, s]));
	const now = new Set(after.map((s) => s.id));
	const kept = inOrder(
		before.filter((s) => now.has(s.id)).map((s) => s.id),
		after.filter((s) => old.has(s.id)).map((s) => s.id)
	);
	const out: SectionComparison[] = [];
	const whole = (op: DiffPart['op'], text: string): DiffPart[] => (text ? [{ op, text }] : []);
	for (const s of after) {
		const was = old.get(s.id);
		if (!was) {
			out.push({
				id: s.id,
				change: 'added',
				moved: false,
				heading: whole('ins', s.heading),
				body: whole('ins', s.body),
				provenance: whole('ins', provenanceText(s.provenance))
			});
			continue;
		}
		const heading = diffWords(was.heading, s.heading);
		const body = diffWords(was.body, s.body);
		const provenance = diffWords(provenanceText(was.provenance), provenanceText(s.provenance));
		const changed = [heading, body, provenance].some((parts) => parts.some((p) => p.op !== 'same'));
		out.push({ id: s.id, change: changed ? 'changed' : 'same', moved: !kept.has(s.id), heading, body, provenance });
	}
	// Removed sections go back where they stood: after the nearest earlier section that is still shown.
	before.forEach((s, index) => {
		if (now.has(s.id)) return;
		const removed: SectionComparison = {
			id: s.id,
			change: 'removed',
			moved: false,
			heading: whole('del', s.heading),
			body: whole('del', s.body),
			provenance: whole('del', provenanceText(s.provenance))
		};
		const previous = before
			.slice(0, index)
			.reverse()
			.find((p) => out.some((o) => o.id === p.id));
		const at = previous ? out.findIndex((o) => o.id === previous.id) + 1 : 0;
		out.splice(at, 0, removed);
	});
	return out;
}
