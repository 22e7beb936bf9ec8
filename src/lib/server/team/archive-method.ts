import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { requireMayChange, requireOwnMethod } from './method-access';

/**
 * Takes an own method out of the list. The row stays: sessions hold their own snapshot, and a copy's
 * `based_on` may still point at it.
 */
export async function archiveMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; methodId: string }
): Promise<void> {
	const { access, own, scope } = await requireOwnMethod(actor, db, options);
	requireMayChange(access, scope);
	await db.transaction(async (tx) => {
		await tx
			.update(teamMethod)
			.set({ archivedAt: sql`now()` })
			.where(eq(teamMethod.id, own.id));
		await writeAudit(tx, actor, {
			organisationId: own.organisationId,
			action: 'team_method.archive',
			subjectType: 'team_method',
			subjectId: own.id,
			details: { teamId: access.teamId }
		});
	});
}
