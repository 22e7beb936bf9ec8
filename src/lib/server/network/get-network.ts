import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { requireAssignedCase } from './access';
import { loadNetwork, type NetworkData } from './network-data';

/**
 * Opens a casus: everything an assigned worker sees of it. Every open is written to the audit log
 * (PRODUCT.md: every read of personal data), with the casus id only.
 */
export async function getNetwork(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	options: { view?: string } = {}
): Promise<NetworkData> {
	const caseFile = await requireAssignedCase(actor, db, organisationId, caseId);
	const data = await loadNetwork(db, caseFile);
	await writeAudit(db, actor, {
		organisationId,
		action: 'network.open',
		subjectType: 'network_case',
		subjectId: caseId,
		details: options.view ? { view: options.view } : {}
	});
	return data;
}
