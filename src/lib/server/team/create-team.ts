import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { team } from '../db/schema';
import { requireRole } from '../organisation/access';

export async function createTeam(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: { name: string; description: string }
): Promise<{ id: string }> {
	await requireRole(db, actor, organisationId, 'admin');
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(team)
			.values({ organisationId, name: input.name, description: input.description })
			.returning({ id: team.id });
		await writeAudit(tx, actor, { organisationId, action: 'team.create', subjectType: 'team', subjectId: row.id });
		return row;
	});
}
