import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { team } from '../db/schema';
import { notFound } from '../errors';
import { requireRole } from '../organisation/access';

export async function updateTeam(
	actor: Actor,
	db: Db,
	organisationId: string,
	teamId: string,
	input: { name: string; description: string }
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await db.transaction(async (tx) => {
		const updated = await tx
			.update(team)
			.set(input)
			.where(and(eq(team.id, teamId), eq(team.organisationId, organisationId)))
			.returning({ id: team.id });
		if (updated.length === 0) throw notFound();
		await writeAudit(tx, actor, { organisationId, action: 'team.update', subjectType: 'team', subjectId: teamId });
	});
}
