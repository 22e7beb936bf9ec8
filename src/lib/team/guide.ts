/**
 * Team guides (handreikingen, issue 16): the model both the pages and the server use. A guide is
 * written in sections; a section keeps its id across versions, so a comparison can tell a changed
 * section from a moved, added or removed one.
 */

/**
 * Where a section comes from. 'session' (a learning session) and 'code' (an article of the
 * professional code) are part of the format already; which kinds a member can choose from is decided
 * by the sources in src/lib/server/team/guide-provenance.ts (one loader per kind).
 */
const PROVENANCE_KINDS = ['session', 'casus', 'mirror', 'advice', 'code', 'own'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

export interface Provenance {
	kind: ProvenanceKind;
	/** The id of what it points at (a casus, a top idea, "dimension|quarter"); null for "eigen inzicht". */
	ref: string | null;
	/**
	 * What it showed when it was chosen: a casus by its pseudonym only, a top idea by its wording. Kept
	 * with the section, so a published version never changes when the source is renamed or removed.
	 */
	label: string;
	/** A short explanation; required for "eigen inzicht". */
	note: string;
}

export interface GuideSectionContent {
	id: string;
	heading: string;
	body: string;
	provenance: Provenance | null;
}

/** A minor edit ("kleine wijziging", e.g. a typo): changes the current version, counted in its history. */
export interface GuideMinorEdit {
	at: string;
	userId: string | null;
	note: string;
}

export const GUIDE_TITLE_MAX = 200;
export const GUIDE_HEADING_MAX = 200;
export const GUIDE_BODY_MAX = 5000;
export const GUIDE_NOTE_MAX = 1000;
export const GUIDE_SECTIONS_MAX = 40;

/** The value of the provenance select: "kind:ref", or "own" for "eigen inzicht". */
export function provenanceValue(p: Pick<Provenance, 'kind' | 'ref'> | null): string {
	if (!p) return '';
	return p.ref === null ? p.kind : `${p.kind}:${p.ref}`;
}

export function parseProvenanceValue(value: string): { kind: ProvenanceKind; ref: string | null } | null {
	const at = value.indexOf(':');
	const kind = (at < 0 ? value : value.slice(0, at)) as ProvenanceKind;
	if (!PROVENANCE_KINDS.includes(kind)) return null;
	const ref = at < 0 ? null : value.slice(at + 1);
	if (kind === 'own') return ref === null ? { kind, ref } : null;
	return ref ? { kind, ref } : null;
}

/** A side of a comparison: a version number, or 'concept' for the shared draft. */
export type GuideRef = number | 'concept';

/** A side of a comparison from the URL (?van=, ?naar=), or null when it is neither. */
export function parseGuideRef(value: string | null): GuideRef | null {
	if (value === 'concept') return value;
	if (value === null || !/^[1-9][0-9]{0,5}$/u.test(value)) return null;
	return Number(value);
}
