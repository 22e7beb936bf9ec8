import type { ActionStatus, ActionWho, Energy, Relation, Ring, Sector, Support } from '../db/schema';
import { m } from '../../paraglide/messages';
import type { NetworkData } from './get-network';
import { pseudonymise } from './pseudonymise';

/** A casus as one document: what the exports, the print view and the PDF show. */
export interface NetworkDocument {
	format: 'vakspiegel-netwerk/1';
	pseudonymised: boolean;
	client: string;
	exportedOn: string;
	persons: {
		id: string;
		name: string;
		remark: string;
		sector: Sector | null;
		ring: Ring | null;
		relation: Relation | null;
		energy: Energy | null;
		supports: Support[];
	}[];
	ties: { from: string; to: string; fromPersonId: string; toPersonId: string; relation: Relation }[];
	versions: { takenOn: string; note: string }[];
	goals: {
		text: string;
		evaluation: string;
		actions: {
			who: ActionWho;
			whoLabel: string;
			personId: string | null;
			what: string;
			due: string | null;
			status: ActionStatus;
		}[];
	}[];
	concerns: string[];
	strengths: string[];
	/** The organisation's own line labels (empty: Hartman's). */
	legend: Partial<Record<Relation, string>>;
}

/**
 * Builds the document (pure). Pseudonymised: names become sector + letter, remarks go, the client is
 * "Cliënt", professionals are "Professional", and known names inside free text are replaced.
 */
export function buildNetworkDocument(
	data: Omit<NetworkData, 'caseFile' | 'workers'> & { caseFile: { label: string } },
	options: { pseudonymised: boolean; today: string }
): NetworkDocument {
	const pseudo = options.pseudonymised ? pseudonymise(data.persons) : null;
	const clientLabel = pseudo ? m.network_pseudonym_client() : data.caseFile.label;
	const scrub = (text: string) => {
		if (!pseudo) return text;
		const scrubbed = pseudo.scrub(text);
		const label = data.caseFile.label.trim();
		return label.length >= 2
			? scrubbed.replace(
					new RegExp(`(?<![\\p{L}\\p{N}])${label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
					clientLabel
				)
			: scrubbed;
	};
	const nameOf = (id: string) => pseudo?.names.get(id) ?? data.persons.find((p) => p.id === id)?.name ?? '?';
	return {
		format: 'vakspiegel-netwerk/1',
		pseudonymised: options.pseudonymised,
		client: clientLabel,
		exportedOn: options.today,
		persons: data.persons.map((p) => ({
			id: p.id,
			name: nameOf(p.id),
			remark: pseudo ? '' : p.remark,
			sector: p.sector,
			ring: p.ring,
			relation: p.relation,
			energy: p.energy,
			supports: p.supports
		})),
		ties: data.ties.map((t) => ({
			from: nameOf(t.fromPersonId),
			to: nameOf(t.toPersonId),
			fromPersonId: t.fromPersonId,
			toPersonId: t.toPersonId,
			relation: t.relation
		})),
		versions: data.versions.map((v) => ({ takenOn: v.takenOn, note: scrub(v.note) })),
		goals: data.goals.map((g) => ({
			text: scrub(g.text),
			evaluation: scrub(g.evaluation),
			actions: data.actions
				.filter((a) => a.goalId === g.id)
				.map((a) => ({
					who: a.who,
					whoLabel:
						a.who === 'client'
							? clientLabel
							: a.who === 'person' && a.personId
								? nameOf(a.personId)
								: pseudo
									? m.network_pseudonym_professional()
									: a.professional,
					personId: a.personId,
					what: scrub(a.what),
					due: a.due,
					status: a.status
				}))
		})),
		concerns: data.notes.filter((n) => n.kind === 'concern').map((n) => scrub(n.text)),
		strengths: data.notes.filter((n) => n.kind === 'strength').map((n) => scrub(n.text)),
		legend: data.legend
	};
}
