import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { csvDate, toCsv } from '../csv';
import {
	ACTION_STATUS_LABEL,
	clientRolesText,
	ENERGY_LABEL,
	RELATION_LABEL,
	RING_LABEL,
	SECTOR_LABEL,
	SUPPORT_LABEL
} from '../../network/labels';
import { m } from '../../paraglide/messages';
import { exportNetworkDocument } from './export-network-document';
import type { NetworkDocument } from './network-document';

/** The casus as JSON (pseudonymised for team discussion, or full for the client's own dossier). */
export async function exportNetwork(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	options: { format: 'json' | 'csv'; pseudonymised: boolean }
): Promise<string> {
	const doc = await exportNetworkDocument(actor, db, organisationId, caseId, options);
	return options.format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : networkCsv(doc);
}

/** One CSV with a row per person, then per action (the Dutch Excel dialect of csv.ts, like every export). */
function networkCsv(doc: NetworkDocument): string {
	const header = [
		m.network_csv_kind(),
		m.network_csv_name(),
		m.network_field_remark(),
		m.network_field_sector(),
		m.network_field_ring(),
		m.network_field_relation(),
		m.network_field_energy(),
		m.network_field_supports(),
		m.network_csv_goal(),
		m.network_field_due(),
		m.network_field_status()
	];
	const rows: unknown[][] = [];
	const roles = clientRolesText(doc.clientRoles, doc.clientRoleOther);
	if (roles) rows.push([m.network_practice_roles_csv(), doc.client, roles, '', '', '', '', '', '', '', '']);
	for (const p of doc.persons) {
		rows.push([
			m.network_csv_person(),
			p.name,
			p.remark,
			p.sector ? SECTOR_LABEL[p.sector]() : '',
			p.ring ? RING_LABEL[p.ring]() : '',
			p.relation ? RELATION_LABEL[p.relation]() : '',
			p.energy ? ENERGY_LABEL[p.energy]() : '',
			p.supports.map((s) => SUPPORT_LABEL[s]()).join(', '),
			'',
			'',
			''
		]);
	}
	for (const g of doc.goals) {
		for (const a of g.actions) {
			rows.push([
				m.network_csv_action(),
				a.whoLabel,
				a.what,
				'',
				'',
				'',
				'',
				'',
				g.text,
				csvDate(a.due),
				ACTION_STATUS_LABEL[a.status]()
			]);
		}
	}
	return toCsv(header, rows);
}
