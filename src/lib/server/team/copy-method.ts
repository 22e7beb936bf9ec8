import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import type { MethodRef } from '../../team/method-ref';
import { m } from '../../paraglide/messages';
import { findMethod } from './find-method';
import { requireMethodTeam } from './method-access';

/**
 * Any member copies a method the team can see (built-in, the organisation's or the team's own) into
 * a new method of their team, to adapt it. The copy remembers what it was based on.
 */
export async function copyMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; ref: string }
): Promise<{ id: string; ref: MethodRef }> {
	const source = await findMethod(actor, db, options);
	const { organisationId, teamId } = await requireMethodTeam(db, actor, options.teamId);
	const name = m.tmethod_copy_name({ name: source.method.name }).slice(0, 80);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(teamMethod)
			.values({
				organisationId,
				teamId,
				basedOn: source.ref,
				data: { ...source.method, name },
				createdByUserId: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: teamMethod.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'team_method.copy',
			subjectType: 'team_method',
			subjectId: row.id,
			details: { teamId, basedOn: source.ref }
		});
		return { id: row.id, ref: `custom:${row.id}` as const };
	});
}
