import type { ParticipantGroup } from '../db/schema';
import { m } from '../../paraglide/messages';
import { DEFAULT_GROUPS, type DefaultGroup } from '../feedback/texts/participant';

/** PRODUCT.md §2: who usually sits at the table in an Adviesvangers meeting. Editable per session. */
export function defaultGroupLabels(locale: 'nl' | 'en' = 'nl'): string[] {
	return [
		m.advice_group_residents({}, { locale }),
		m.advice_group_experts({}, { locale }),
		m.advice_group_representatives({}, { locale }),
		m.advice_group_workers({}, { locale }),
		m.advice_group_policy({}, { locale }),
		m.advice_group_other({}, { locale })
	];
}

function slug(label: string): string {
	return (
		label
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/gu, '-')
			.replace(/^-|-$/gu, '')
			.slice(0, 30) || 'groep'
	);
}

/**
 * Turns typed labels into groups. A label that already existed keeps its key, so tips and votes keep
 * their group when the list is edited; new labels get a fresh, unique key.
 */
export function groupsFromLabels(labels: string[], existing: ParticipantGroup[] = []): ParticipantGroup[] {
	const used = new Set<string>();
	return labels.map((label) => {
		const same = existing.find((g) => g.label.toLowerCase() === label.toLowerCase());
		let key = same && !used.has(same.key) ? same.key : slug(label);
		for (let n = 2; used.has(key); n += 1) key = `${slug(label)}-${n}`;
		used.add(key);
		return { key, label };
	});
}

/** The label of a group key; a group removed from the list later shows as its key. */
export function groupLabel(groups: ParticipantGroup[], key: string): string {
	return groups.find((g) => g.key === key)?.label ?? key;
}

/**
 * Which default group a label is (in Dutch or English, as a new session names them), or null for a
 * group the facilitator typed: a participant reads a default group in their own language, in the
 * singular ("Ik doe mee als inwoner"), and a typed group as it was typed.
 */
export function defaultGroupOf(label: string): DefaultGroup | null {
	const typed = label.trim().toLocaleLowerCase('nl');
	for (const locale of ['nl', 'en'] as const) {
		const index = defaultGroupLabels(locale).findIndex((l) => l.toLocaleLowerCase('nl') === typed);
		if (index >= 0) return DEFAULT_GROUPS[index];
	}
	return null;
}
