import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { todayInNL } from '../dates';
import { requireAssignedCase } from './access';
import { loadNetwork } from './network-data';
import { buildNetworkDocument, type NetworkDocument } from './network-document';

export type NetworkExportFormat = 'json' | 'csv' | 'pdf';

/**
 * Opens a casus for an export and writes the export to the audit log (format and whether it was
 * pseudonymised, never content). The PDF is made from the returned document by export-network-pdf.
 */
export async function exportNetworkDocument(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	options: { format: NetworkExportFormat; pseudonymised: boolean }
): Promise<NetworkDocument> {
	const caseFile = await requireAssignedCase(actor, db, organisationId, caseId);
	const data = await loadNetwork(db, caseFile);
	await writeAudit(db, actor, {
		organisationId,
		action: 'network.export',
		subjectType: 'network_case',
		subjectId: caseId,
		details: { format: options.format, pseudonymised: options.pseudonymised, persons: data.persons.length }
	});
	return buildNetworkDocument(data, { pseudonymised: options.pseudonymised, today: todayInNL() });
}
