import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackRequest, teamMirrorShare } from '../db/schema';
import { AppError } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import type { TeamMirrorPart } from '../../validation/team-mirror';
import { requireTeamMember } from './access';
import { TEAM_DIMENSIONS } from './team-mirror-data';

/**
 * A worker shows their own mirror, one dimension of it, or one feedback link's figures to one of their
 * teams, by their own choice. Sharing the same part twice does nothing. Only the worker's own data:
 * a link of someone else is "not found".
 */
export async function shareTeamMirror(
	actor: Actor,
	db: Db,
	input: { teamId: string; part: TeamMirrorPart }
): Promise<{ shareId: string }> {
	requireUser(actor);
	const access = await requireTeamMember(db, actor, input.teamId);
	await requireRole(db, actor, access.organisationId, 'worker');
	const { part } = input;
	if (part.kind === 'dimension' && !TEAM_DIMENSIONS.includes(part.dimension)) {
		throw new AppError('INVALID_INPUT', m.tmirror_share_part_required());
	}
	if (part.kind === 'request') {
		const [own] = await db
			.select({ id: feedbackRequest.id })
			.from(feedbackRequest)
			.where(
				and(
					eq(feedbackRequest.id, part.requestId),
					eq(feedbackRequest.workerUserId, actor.userId),
					eq(feedbackRequest.organisationId, access.organisationId)
				)
			);
		if (!own) throw new AppError('NOT_FOUND', m.error_not_found());
	}
	const dimension = part.kind === 'dimension' ? part.dimension : null;
	const requestId = part.kind === 'request' ? part.requestId : null;
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: teamMirrorShare.id })
			.from(teamMirrorShare)
			.where(
				and(
					eq(teamMirrorShare.teamId, access.teamId),
					eq(teamMirrorShare.workerUserId, actor.userId),
					eq(teamMirrorShare.kind, part.kind),
					dimension ? eq(teamMirrorShare.dimension, dimension) : isNull(teamMirrorShare.dimension),
					requestId ? eq(teamMirrorShare.requestId, requestId) : isNull(teamMirrorShare.requestId),
					isNull(teamMirrorShare.revokedAt)
				)
			);
		if (existing) return { shareId: existing.id };
		const [row] = await tx
			.insert(teamMirrorShare)
			.values({
				organisationId: access.organisationId,
				teamId: access.teamId,
				workerUserId: actor.userId,
				kind: part.kind,
				dimension,
				requestId
			})
			.returning({ id: teamMirrorShare.id });
		await writeAudit(tx as unknown as Db, actor, {
			organisationId: access.organisationId,
			action: 'team_mirror.share',
			subjectType: 'team',
			subjectId: access.teamId,
			details: { shareId: row.id, kind: part.kind }
		});
		return { shareId: row.id };
	});
}
