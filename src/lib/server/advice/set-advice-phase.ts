import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceSession, type AdvicePhase } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { publishAdvice } from './live';

/**
 * The facilitator moves the session to any phase (forward, or back to reopen one) and decides whether
 * participants see the results. Every open page hears it at once.
 */
export async function setAdvicePhase(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { phase?: AdvicePhase; showResults?: boolean }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const phase = input.phase ?? session.phase;
	const showResults = input.showResults ?? session.showResults;
	await db.transaction(async (tx) => {
		await tx
			.update(adviceSession)
			.set({ phase, showResults, updatedAt: new Date() })
			.where(eq(adviceSession.id, session.id));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'advice.session.phase',
			subjectType: 'advice_session',
			subjectId: session.id,
			details: { from: session.phase, to: phase, showResults }
		});
	});
	await publishAdvice(db, session.id, 'phase', { phase, showResults });
}
