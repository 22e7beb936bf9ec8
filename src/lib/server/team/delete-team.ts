import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { team } from '../db/schema';
import { notFound } from '../errors';
import { requireRole } from '../organisation/access';

/** Deletes the team and its memberships; the people stay in the organisation. */
export async function deleteTeam(actor: Actor, db: Db, organisationId: string, teamId: string): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await db.transaction(async (tx) => {
		const deleted = await tx
			.delete(team)
			.where(and(eq(team.id, teamId), eq(team.organisationId, organisationId)))
			.returning({ id: team.id, name: team.name });
		if (deleted.length === 0) throw notFound();
		await writeAudit(tx, actor, { organisationId, action: 'team.delete', subjectType: 'team', subjectId: teamId });
	});
}
