import { m } from '../paraglide/messages';
import type { Provenance, ProvenanceKind } from './guide';

export const PROVENANCE_KIND_LABEL: Record<ProvenanceKind, () => string> = {
	session: m.tguide_kind_session,
	casus: m.tguide_kind_casus,
	mirror: m.tguide_kind_mirror,
	advice: m.tguide_kind_advice,
	code: m.tguide_kind_code,
	own: m.tguide_kind_own
};

/** "Casus: Gezin K. — wat we daar leerden": a section's provenance in one line of plain text. */
export function provenanceText(p: Provenance | null): string {
	if (!p) return m.tguide_provenance_none();
	const what = p.label ? `${PROVENANCE_KIND_LABEL[p.kind]()}: ${p.label}` : PROVENANCE_KIND_LABEL[p.kind]();
	return p.note ? `${what} — ${p.note}` : what;
}
