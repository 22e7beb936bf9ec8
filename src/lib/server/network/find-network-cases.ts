import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkCase, networkCaseWorker, networkPerson } from '../db/schema';
import type { CaseKind, CaseStatus } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';

export interface NetworkCaseSummary {
	id: string;
	kind: CaseKind;
	label: string;
	status: CaseStatus;
	updatedAt: Date;
	closedAt: Date | null;
	persons: number;
	workers: number;
}

/** The casus the actor is assigned to (a list: no content, so no audit entry). */
export async function findNetworkCases(actor: Actor, db: Db, organisationId: string): Promise<NetworkCaseSummary[]> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	return db
		.select({
			id: networkCase.id,
			kind: networkCase.kind,
			label: networkCase.label,
			status: networkCase.status,
			updatedAt: networkCase.updatedAt,
			closedAt: networkCase.closedAt,
			persons: sql<number>`cast((select count(*) from ${networkPerson} where ${networkPerson.caseId} = ${networkCase.id}) as int)`,
			workers: sql<number>`cast((select count(*) from ${networkCaseWorker} w where w.case_id = ${networkCase.id}) as int)`
		})
		.from(networkCase)
		.innerJoin(networkCaseWorker, eq(networkCaseWorker.caseId, networkCase.id))
		.where(and(eq(networkCase.organisationId, organisationId), eq(networkCaseWorker.userId, actor.userId)))
		.orderBy(networkCase.status, desc(networkCase.updatedAt));
}
