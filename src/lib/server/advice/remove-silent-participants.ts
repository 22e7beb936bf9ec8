import type { AdviceSessionId } from '../ids';
import { and, eq, notExists } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceParticipant, adviceTip, adviceVote } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { publishAdvice, visibleTipCount } from './live';

/**
 * Removes every participant of the session who never sent a tip nor placed a dot: what a wave of
 * scripted joins leaves behind, so it no longer fills the room or the counts. A real person who had
 * not sent anything yet joins again with one tap (unless the room is locked); nothing of theirs is lost.
 */
export async function removeSilentParticipants(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<{ removed: number }> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const removed = await db.transaction(async (tx) => {
		const rows = await tx
			.delete(adviceParticipant)
			.where(
				and(
					eq(adviceParticipant.sessionId, session.id),
					notExists(
						tx.select({ one: adviceTip.id }).from(adviceTip).where(eq(adviceTip.participantId, adviceParticipant.id))
					),
					notExists(
						tx
							.select({ one: adviceVote.themeId })
							.from(adviceVote)
							.where(eq(adviceVote.participantId, adviceParticipant.id))
					)
				)
			)
			.returning({ id: adviceParticipant.id });
		await writeAudit(tx, actor, {
			organisationId,
			action: 'advice.participants.remove_silent',
			subjectType: 'advice_session',
			subjectId: session.id,
			details: { removed: rows.length }
		});
		return rows.length;
	});
	await publishAdvice(db, session.id, 'tips', { visible: await visibleTipCount(db, session.id) });
	return { removed };
}
