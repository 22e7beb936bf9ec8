import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { forbidden } from '../errors';
import { m } from '../../paraglide/messages';
import { mayPublishMethod, requireOwnMethod } from './method-access';

/**
 * A coach of the team shares the team's method with the whole organisation: a copy without a team,
 * which every team of the organisation sees and may copy. The team keeps its own method to go on
 * adapting; the organisation's copy changes only when a coach changes it.
 */
export async function publishMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; methodId: string }
): Promise<{ id: string }> {
	const { access, own, scope } = await requireOwnMethod(actor, db, options);
	if (!mayPublishMethod(access, scope)) throw forbidden(m.tmethod_error_publish_coach());
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(teamMethod)
			.values({
				organisationId: own.organisationId,
				teamId: null,
				basedOn: `custom:${own.id}`,
				data: own.method,
				createdByUserId: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: teamMethod.id });
		await writeAudit(tx, actor, {
			organisationId: own.organisationId,
			action: 'team_method.publish',
			subjectType: 'team_method',
			subjectId: row.id,
			details: { teamId: access.teamId, basedOn: own.id }
		});
		return row;
	});
}
