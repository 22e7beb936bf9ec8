import type { NetworkCaseId } from '../ids';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { networkCase, networkCaseWorker } from '../db/schema';
import { AppError, notFound } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { requireAssignedCase } from './access';
import { findTeamColleagues } from './find-team-colleagues';

export interface NetworkCaseWorkersResult {
	added: number;
	removed: number;
	/** False when the actor took themselves off the casus: from now on it is "not found" for them. */
	actorStillAssigned: boolean;
}

/**
 * An assigned worker sets who works on a casus: `workerUserIds` is the whole new set (the ticked boxes).
 * Only colleagues who share a team with the actor can be added; anyone already on it may stay or be
 * taken off, the actor included, as long as at least one worker stays, so the casus never ends up
 * with nobody who can open it. The practice map stays its worker's alone, and a closed casus is
 * read-only.
 */
export async function updateNetworkCaseWorkers(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	workerUserIds: string[]
): Promise<NetworkCaseWorkersResult> {
	const caseFile = await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	requireUser(actor);
	if (caseFile.kind !== 'client') throw new AppError('CONFLICT', m.network_error_workers_practice());
	const wanted = [...new Set(workerUserIds)];
	if (wanted.length === 0) {
		throw new AppError('INVALID_INPUT', m.network_error_workers_empty(), {
			workerUserIds: m.network_error_workers_empty()
		});
	}
	const colleagues = new Set((await findTeamColleagues(actor, db, organisationId)).map((c) => c.userId));
	return db.transaction(async (tx) => {
		// One change of workers at a time per casus: two people each taking someone else off at the
		// same moment would otherwise, both reading the old set, leave nobody (READ COMMITTED).
		const [locked] = await tx
			.select({ status: networkCase.status })
			.from(networkCase)
			.where(eq(networkCase.id, caseId))
			.for('update');
		if (!locked) throw notFound();
		if (locked.status === 'closed') throw new AppError('CONFLICT', m.network_error_closed());
		const current = (
			await tx
				.select({ userId: networkCaseWorker.userId })
				.from(networkCaseWorker)
				.where(eq(networkCaseWorker.caseId, caseId))
		).map((r) => r.userId);
		// Taken off by someone else since the access check: as for anyone not assigned.
		if (!current.includes(actor.userId)) throw notFound();
		const added = wanted.filter((id) => !current.includes(id));
		const removed = current.filter((id) => !wanted.includes(id));
		if (added.some((id) => !colleagues.has(id))) {
			throw new AppError('INVALID_INPUT', m.network_error_co_worker(), { workerUserIds: m.network_error_co_worker() });
		}
		if (added.length === 0 && removed.length === 0) return { added: 0, removed: 0, actorStillAssigned: true };
		if (removed.length) {
			await tx
				.delete(networkCaseWorker)
				.where(and(eq(networkCaseWorker.caseId, caseId), inArray(networkCaseWorker.userId, removed)));
		}
		if (added.length) await tx.insert(networkCaseWorker).values(added.map((userId) => ({ caseId, userId })));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'network.workers',
			subjectType: 'network_case',
			subjectId: caseId,
			details: { added, removed, workers: wanted.length }
		});
		return { added: added.length, removed: removed.length, actorStillAssigned: wanted.includes(actor.userId) };
	});
}
