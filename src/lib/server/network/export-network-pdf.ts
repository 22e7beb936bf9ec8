import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { exportNetworkDocument } from './export-network-document';
import { renderNetworkPdf } from './network-pdf';

/** The casus as an A3 landscape PDF, pseudonymised for team discussion or full for the client. */
export async function exportNetworkPdf(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	options: { pseudonymised: boolean }
): Promise<Buffer> {
	const document = await exportNetworkDocument(actor, db, organisationId, caseId, { format: 'pdf', ...options });
	return renderNetworkPdf(document);
}
