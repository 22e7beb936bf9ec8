import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { learningSession, learningSessionFollowUp, learningSessionParticipant } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { dutchDateTime } from '../../team/session';
import type { LearningSessionInput } from '../../validation/team-session';
import { ownerMembersAmong, requireOwnerMember, sameOwner } from './session-owner';
import { resolveSessionMethod } from './session-methods';

/**
 * Plans a session for a team or a learning group across teams. Any member may plan one; the
 * voorzitter, the inbrenger and the participants are members of the same team or group, and whoever plans it takes part. The method is
 * copied into the session, so a later change of the method does not change this session.
 */
export async function createLearningSession(
	actor: Actor,
	db: Db,
	input: Omit<LearningSessionInput, 'teamId' | 'groupId'> & { teamId?: string; groupId?: string }
): Promise<{ id: string }> {
	const access = await requireOwnerMember(db, actor, {
		teamId: input.groupId ? null : input.teamId || null,
		groupId: input.groupId || null
	});
	const method = await resolveSessionMethod(actor, db, { owner: access, ref: input.methodRef });
	if (!method) throw new AppError('INVALID_INPUT', m.tsession_error_method(), { methodRef: m.tsession_error_method() });
	const needsInbrenger = method.needs !== 'theme';
	if (needsInbrenger && !input.inbrengerMembershipId)
		throw new AppError('INVALID_INPUT', m.tsession_error_inbrenger(), {
			inbrengerMembershipId: m.tsession_error_inbrenger()
		});
	if (!needsInbrenger && !input.theme)
		throw new AppError('INVALID_INPUT', m.tsession_error_theme(), { theme: m.tsession_error_theme() });

	const invited = new Set([...input.participantIds, input.chairMembershipId, access.membershipId]);
	if (needsInbrenger) invited.add(input.inbrengerMembershipId);
	const inTeam = await ownerMembersAmong(db, access, [...invited]);
	if (inTeam.length !== invited.size || invited.size < 2)
		throw new AppError('INVALID_INPUT', m.tsession_error_participants(), {
			participantIds: m.tsession_error_participants()
		});

	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(learningSession)
			.values({
				organisationId: access.organisationId,
				teamId: access.teamId,
				groupId: access.groupId,
				methodRef: input.methodRef,
				method,
				theme: input.theme,
				chairMembershipId: input.chairMembershipId,
				inbrengerMembershipId: needsInbrenger ? input.inbrengerMembershipId : null,
				plannedAt: dutchDateTime(input.day, input.time)
			})
			.returning({ id: learningSession.id });
		await tx
			.insert(learningSessionParticipant)
			.values([...invited].map((membershipId) => ({ sessionId: row.id, membershipId })));
		// An answered "Wat deed je met het advies?" of this team (or group) opens the next session its inbrenger is in.
		const waiting = await tx
			.select({ id: learningSessionFollowUp.id })
			.from(learningSessionFollowUp)
			.innerJoin(learningSession, eq(learningSession.id, learningSessionFollowUp.sessionId))
			.where(
				and(
					sameOwner(access),
					isNotNull(learningSessionFollowUp.answeredAt),
					isNull(learningSessionFollowUp.nextSessionId),
					inArray(learningSessionFollowUp.membershipId, [...invited])
				)
			);
		if (waiting.length)
			await tx
				.update(learningSessionFollowUp)
				.set({ nextSessionId: row.id })
				.where(
					inArray(
						learningSessionFollowUp.id,
						waiting.map((w) => w.id)
					)
				);
		await writeAudit(tx, actor, {
			organisationId: access.organisationId,
			action: 'learning_session.create',
			subjectType: 'learning_session',
			subjectId: row.id,
			details: { participants: invited.size }
		});
		return row;
	});
}
