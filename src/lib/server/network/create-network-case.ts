import type { NetworkCaseId } from '../ids';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { networkCase, networkCaseWorker } from '../db/schema';
import { AppError } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { findTeamColleagues } from './find-team-colleagues';

export interface NewNetworkCase {
	/** Pseudonym or initials (the form warns: no full name, no BSN). */
	label: string;
	/** Co-assigned workers; each must share a team with the actor. */
	coWorkerUserIds: string[];
}

/** A worker opens a casus for a client, optionally together with colleagues from their team. */
export async function createNetworkCase(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: NewNetworkCase
): Promise<{ id: NetworkCaseId }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const colleagues = new Set((await findTeamColleagues(actor, db, organisationId)).map((c) => c.userId));
	const coWorkers = [...new Set(input.coWorkerUserIds)];
	if (coWorkers.some((id) => !colleagues.has(id))) {
		throw new AppError('INVALID_INPUT', m.network_error_co_worker(), { coWorkerUserIds: m.network_error_co_worker() });
	}
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(networkCase)
			.values({ organisationId, kind: 'client', label: input.label, createdByUserId: actor.userId })
			.returning({ id: networkCase.id });
		await tx
			.insert(networkCaseWorker)
			.values([actor.userId, ...coWorkers].map((userId) => ({ caseId: row.id, userId })));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'network.create',
			subjectType: 'network_case',
			subjectId: row.id,
			details: { workers: coWorkers.length + 1 }
		});
		return { id: row.id };
	});
}
