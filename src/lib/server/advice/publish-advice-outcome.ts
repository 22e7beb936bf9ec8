import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession } from '../db/schema';
import { AppError } from '../errors';
import { todayInNL } from '../dates';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';
import { publishAdvice } from './live';

/**
 * "Uitkomst openbaar maken" / "niet meer openbaar": the facilitator decides when the page "Wat deden we
 * met jullie advies?" shows the top ideas, the quotes, the response and the actions to anyone with its
 * link. Only once there are top ideas to show (phase top or closed); taking it back is always possible.
 */
export async function publishAdviceOutcome(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { published: boolean }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	if (input.published && session.phase !== 'top' && session.phase !== 'closed') {
		throw new AppError('CONFLICT', m.advice_outcome_error_phase());
	}
	await db.transaction(async (tx) => {
		await tx
			.update(adviceSession)
			// A page that is already public keeps the day it went public.
			.set({ outcomePublishedOn: input.published ? (session.outcomePublishedOn ?? todayInNL()) : null })
			.where(eq(adviceSession.id, session.id));
		await auditAdvice(
			tx,
			actor,
			organisationId,
			session.id,
			input.published ? 'advice.outcome.publish' : 'advice.outcome.unpublish'
		);
	});
	// The wall and the facilitator's pages reload their data (the wall shows the outcome's QR code).
	await publishAdvice(db, session.id, 'themes');
}
