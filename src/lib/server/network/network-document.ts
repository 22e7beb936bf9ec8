import type {
	ActionStatus,
	ActionWho,
	CaseKind,
	ClientRole,
	Energy,
	Relation,
	Ring,
	Sector,
	Support
} from '../db/schema';
import { caseVoice } from '../../network/voice';
import { m } from '../../paraglide/messages';
import type { NetworkData } from './network-data';
import { pseudonymise } from './pseudonymise';

/** A casus as one document: what the exports, the print view and the PDF show. */
export interface NetworkDocument {
	format: 'vakspiegel-netwerk/1';
	pseudonymised: boolean;
	/** "practice": the worker's own map; the print and PDF then speak to the worker. */
	kind: CaseKind;
	client: string;
	/** The roles the client has in life, and one in their own words (scrubbed when pseudonymised). */
	clientRoles: ClientRole[];
	clientRoleOther: string;
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
 * Builds the document. Pseudonymised: names become sector + letter, remarks go, the client is
 * "Cliënt", professionals are "Professional", known names inside free text are replaced
 * (pseudonymise.ts) and person ids are fresh random ones, different in every export.
 */
export function buildNetworkDocument(
	data: Omit<NetworkData, 'caseFile' | 'workers'> & {
		caseFile: Pick<NetworkData['caseFile'], 'label' | 'kind' | 'clientRoles' | 'clientRoleOther'>;
	},
	options: { pseudonymised: boolean; today: string }
): NetworkDocument {
	// On the practice map the worker is in the centre: "Ik", named or not.
	const clientLabel =
		data.caseFile.kind === 'practice'
			? caseVoice.centreName(data.caseFile)
			: options.pseudonymised
				? m.network_pseudonym_client()
				: data.caseFile.label;
	const pseudo = options.pseudonymised
		? pseudonymise({
				persons: data.persons,
				// The practice map's label ("Mijn eigen netwerk") is no name: scrubbing its words would garble text.
				client: data.caseFile.kind === 'practice' ? undefined : { name: data.caseFile.label, pseudonym: clientLabel },
				professionals: {
					names: data.actions.filter((a) => a.who === 'professional').map((a) => a.professional),
					pseudonym: m.network_pseudonym_professional()
				}
			})
		: null;
	const scrub = (text: string) => (pseudo ? pseudo.scrub(text) : text);
	const nameOf = (id: string) => pseudo?.names.get(id) ?? data.persons.find((p) => p.id === id)?.name ?? '?';
	// The named export is the client's dossier and keeps the stored ids; the pseudonymised one gets
	// fresh ones, so the two cannot be joined on an id.
	const idOf = (id: string) => (pseudo ? (pseudo.ids.get(id) ?? '') : id);
	return {
		format: 'vakspiegel-netwerk/1',
		pseudonymised: options.pseudonymised,
		kind: data.caseFile.kind,
		client: clientLabel,
		clientRoles: data.caseFile.clientRoles,
		clientRoleOther: scrub(data.caseFile.clientRoleOther),
		exportedOn: options.today,
		persons: data.persons.map((p) => ({
			id: idOf(p.id),
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
			fromPersonId: idOf(t.fromPersonId),
			toPersonId: idOf(t.toPersonId),
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
					personId: a.personId ? idOf(a.personId) : null,
					what: scrub(a.what),
					due: a.due,
					status: a.status
				}))
		})),
		concerns: data.notes.filter((n) => n.kind === 'concern').map((n) => scrub(n.text)),
		strengths: data.notes.filter((n) => n.kind === 'strength').map((n) => scrub(n.text)),
		legend: pseudo
			? (Object.fromEntries(
					Object.entries(data.legend).map(([relation, label]) => [relation, scrub(label)])
				) as NetworkDocument['legend'])
			: data.legend
	};
}
